import PerfusioCore

/// Decides an event's kind from its text (``EventPhrases``, then ``DrugNames``, then `Name dose unit`) and
/// reads the details its kind carries (dose, volume, temperature, routes, solution, people).
enum EventClassifier {
    /// Units that make `Name 5 mg` a drug even when the name is not in ``DrugNames``.
    static let doseDimensions: Set<Dimension> = [.mass, .heparinDose, .bodyDose, .infusionRate, .heparinPerKg]

    /// An explicit kind written at the end of the line, `{cardioplegia}` (the XML kind names), and the text
    /// without it. The writer adds one only when the text alone would be read as another kind.
    static func kindMarker(_ text: String) -> (String, EventKind?) {
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{"),
              let kind = EventKind(rawValue: String(text[text.index(after: open)..<text.index(before: text.endIndex)])) else {
            return (text, nil)
        }
        return (String(text[..<open]).trimmingCharacters(in: " "), kind)
    }

    static func kind(of text: String) -> EventKind {
        if let found = EventPhrases.kind(startingWith: text) { return found.kind }
        if DrugNames.drug(startingWith: text) != nil { return .drug }
        if let first = QuantityScanner.scan(text).first, let unit = first.unit, doseDimensions.contains(unit.dimension),
           first.offset > 0, text.prefix(first.offset).contains(where: \.isLetter) {
            return .drug
        }
        return .other
    }

    static func details(_ kind: EventKind, text: String, circuit: Circuit) -> EventDetails {
        var d = EventDetails()
        let first = { (dims: Set<Dimension>) in QuantityScanner.first(text, in: dims) }
        switch kind {
        case .heparin, .protamine, .drug, .anticoagulantInfusion:
            d.agent = agent(text)
            d.dose = first(doseDimensions)
        case .act:
            d.value = first([.time]) ?? QuantityScanner.scan(text).first.map { Quantity($0.value, .seconds, fractionDigits: $0.fractionDigits) }
        case .cardioplegia:
            d = CardioplegiaDetails.read(text, circuit: circuit)
        case .bypassOn, .ecmoOn, .weanTrial, .flowChange:
            d.value = first([.volumeFlow, .flowIndex])
        case .coolingStart, .rewarmingStart:
            d.temperature = first([.temperature])
        case .circulatoryArrestStart, .cerebralPerfusionStart:
            d.temperature = first([.temperature])
            d.cerebralPerfusion = cerebralPerfusion(text)
            d.value = first([.volumeFlow, .weightFlow])
        case .defibrillation:
            d.value = first([.energy])
        case .ultrafiltrationEnd, .ultrafiltrationStart:
            d.volume = first([.volume])
        case .cannulation, .decannulation, .deviceInsertion, .deviceRemoval:
            d.value = first([.catheterSize])
            d.site = site(text)
        case .relief:
            (d.incoming, d.outgoing) = relief(text)
        default:
            break
        }
        return d
    }

    /// The words before the first number (`Magnesium sulfate 2 g` → `Magnesium sulfate`).
    static func agent(_ text: String) -> String? {
        let words = text.split(separator: " ")
        let name = words.prefix { !($0.first?.isNumber ?? false) && !$0.hasPrefix("(") }
        let joined = name.joined(separator: " ").trimmingCharacters(in: ",:;")
        return joined.isEmpty ? nil : joined
    }

    /// The text after the event phrase (`Aortic cannulation, 22 Fr` → `22 Fr`), or nil.
    static func site(_ text: String) -> String? {
        guard let phrase = EventPhrases.kind(startingWith: text)?.phrase else { return nil }
        let words = text.split(separator: " ")
        let used = phrase.split(separator: " ").count
        let rest = words.dropFirst(used).joined(separator: " ").trimmingCharacters(in: ",:;").drop { $0 == "," || $0 == " " }
        return rest.isEmpty ? nil : String(rest)
    }

    static func cerebralPerfusion(_ text: String) -> CerebralPerfusion? {
        let t = Phrase.normalise(text)
        if Phrase.contains(t, "without") || Phrase.containsWords(t, "no acp") || Phrase.containsWords(t, "no cerebral") { return CerebralPerfusion.none }
        let antegrade = Phrase.containsWords(t, "acp") || Phrase.containsWords(t, "sacp") || Phrase.contains(t, "antegrade cerebral")
        let retrograde = Phrase.containsWords(t, "rcp") || Phrase.contains(t, "retrograde cerebral")
        switch (antegrade, retrograde) {
        case (true, true): return .both
        case (true, false): return .antegrade
        case (false, true): return .retrograde
        default: return nil
        }
    }

    /// `Relief: T. Ng takes over from J. Marsh` → (T. Ng, J. Marsh); also `A relieves B`, `A relieved by B`.
    static func relief(_ text: String) -> (String?, String?) {
        var body = Substring(text)
        if let colon = body.firstIndex(of: ":") { body = body[body.index(after: colon)...] }
        let s = String(body).trimmed
        for (marker, incomingFirst) in [(" takes over from ", true), (" relieved by ", false), (" relieves ", true), (" from ", true)] {
            if let r = s.range(of: marker) {
                let a = String(s[..<r.lowerBound]).trimmed, b = String(s[r.upperBound...]).trimmed
                return incomingFirst ? (a, b) : (b, a)
            }
        }
        return (nil, nil)
    }
}

extension String {
    /// The string without trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
