import PerfusioCore

/// Reads a cardioplegia line: `Cardioplegia #1 antegrade, 4:1 blood, 1000 mL at 8 °C`, `CP #2 retrograde 400 mL`,
/// `hot shot 500 mL at 37 °C`. The solution comes from the text, else from the circuit's `cardioplegia` field.
enum CardioplegiaDetails {
    /// Words naming solutions (normalised), most specific first.
    static let solutions: [(phrase: String, solution: CardioplegiaSolution)] = [
        ("del nido", .delNido), ("custodiol", .custodiol), ("htk", .custodiol), ("bretschneider", .custodiol),
        ("microplegia", .microplegia), ("4:1", .blood), ("buckberg", .blood), ("blood", .blood), ("hot shot", .blood),
        ("st thomas", .crystalloid), ("crystalloid", .crystalloid), ("plegisol", .crystalloid),
    ]

    /// Words naming routes (normalised).
    static let routes: [(phrase: String, route: CardioplegiaRoute)] = [
        ("antegrade", .antegrade), ("root", .antegrade), ("retrograde", .retrograde), ("coronary sinus", .retrograde),
        ("ostial", .ostial), ("ostia", .ostial), ("graft", .graft), ("svg", .graft), ("down", .graft),
    ]

    static func read(_ text: String, circuit: Circuit) -> EventDetails {
        var d = EventDetails()
        let normal = Phrase.normalise(text)
        d.doseNumber = doseNumber(text, normal: normal)
        d.solution = solution(normal: normal) ?? circuit.component("cardioplegia").flatMap(solution(in:))
        for (phrase, route) in routes where Phrase.containsWords(normal, phrase) && !d.routes.contains(route) {
            d.routes.append(route)
        }
        let found = QuantityScanner.scan(text)
        d.volume = QuantityScanner.first(found, in: [.volume])
        d.temperature = QuantityScanner.first(found, in: [.temperature])
        return d
    }

    static func solution(in text: String) -> CardioplegiaSolution? { solution(normal: Phrase.normalise(text)) }

    /// The solution named in `normal`, text already normalised.
    private static func solution(normal: String) -> CardioplegiaSolution? {
        solutions.first { Phrase.contains(normal, $0.phrase) }?.solution
    }

    /// `#3`, `dose 3`, `no. 3` (`normal` is `text` normalised).
    private static func doseNumber(_ text: String, normal: String) -> Int? {
        if let hash = text.firstIndex(of: "#") {
            let digits = text[text.index(after: hash)...].prefix { $0.isNumber }
            if let n = Int(digits) { return n }
        }
        let words = normal.split(separator: " ")
        for (i, w) in words.enumerated() where (w == "dose" || w == "no." || w == "no") && i + 1 < words.count {
            if let n = Int(words[i + 1]) { return n }
        }
        return nil
    }
}
