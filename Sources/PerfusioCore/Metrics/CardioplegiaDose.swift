/// One cardioplegia delivery: events at the same moment (antegrade then retrograde) are one dose whose
/// volume is their sum (DOMAIN.md §0).
public struct CardioplegiaDose: Hashable, Sendable, Codable {
    public var time: CaseTime
    /// The dose number as written (`#3`), if any.
    public var number: Int?
    /// The solution written on the dose, else on an earlier dose, else in the circuit's `cardioplegia` line.
    public var solution: CardioplegiaSolution?
    public var routes: [CardioplegiaRoute]
    /// mL; nil when any event of the dose has no volume.
    public var volumeMillilitres: Double?
    /// Minutes since the previous dose; nil for the first.
    public var minutesSincePrevious: Double?
    /// Where the (first) event of the dose stands in the input.
    public var location: SourceLocation?

    public init(time: CaseTime, number: Int? = nil, solution: CardioplegiaSolution? = nil, routes: [CardioplegiaRoute] = [],
                volumeMillilitres: Double? = nil, minutesSincePrevious: Double? = nil, location: SourceLocation? = nil) {
        self.time = time
        self.number = number
        self.solution = solution
        self.routes = routes
        self.volumeMillilitres = volumeMillilitres
        self.minutesSincePrevious = minutesSincePrevious
        self.location = location
    }

    /// The doses of `record`, in time order.
    public static func doses(in record: PerfusionCase) -> [CardioplegiaDose] {
        let circuitSolution = record.circuit.component("cardioplegia").flatMap(CardioplegiaSolution.named(in:))
        var doses: [CardioplegiaDose] = []
        for event in record.events(.cardioplegia).sorted(by: { $0.time < $1.time }) {
            let volume = event.details.volume?.value(in: .millilitres)
            if var last = doses.last, last.time == event.time {
                last.routes += event.details.routes.filter { !last.routes.contains($0) }
                last.volumeMillilitres = zipOptional(last.volumeMillilitres, volume).map { $0 + $1 }
                last.solution = last.solution ?? event.details.solution
                doses[doses.count - 1] = last
                continue
            }
            let solution = event.details.solution ?? doses.last?.solution ?? circuitSolution
            doses.append(CardioplegiaDose(time: event.time, number: event.details.doseNumber, solution: solution,
                                          routes: event.details.routes, volumeMillilitres: volume,
                                          minutesSincePrevious: doses.last.map { event.time.minutes(since: $0.time) },
                                          location: event.origin?.location))
        }
        return doses
    }
}

extension CardioplegiaSolution {
    /// The solution a free text names (`4:1 blood (Buckberg)`, `del Nido, single dose`, `Custodiol HTK`), or nil.
    public static func named(in text: String) -> CardioplegiaSolution? {
        let t = text.lowercased()
        if t.contains("nido") { return .delNido }
        if t.contains("custodiol") || t.contains("htk") || t.contains("bretschneider") { return .custodiol }
        if t.contains("microplegia") { return .microplegia }
        if t.contains("blood") || t.contains("buckberg") || t.contains(":1") { return .blood }
        if t.contains("crystalloid") || t.contains("st thomas") || t.contains("plegisol") { return .crystalloid }
        return nil
    }
}
