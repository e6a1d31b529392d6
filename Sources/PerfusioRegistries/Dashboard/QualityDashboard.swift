import PerfusioCore

/// The quality dashboard over many cases: counts by kind and month, CPB and cross-clamp time distributions and
/// medians, and the share of CPB cases meeting each ``QualityMeasure`` (DOMAIN.md §6).
public struct QualityDashboard: Sendable {
    /// One case on the dashboard.
    public struct Case: Sendable {
        public var caseID: String
        public var file: String
        /// The case's place among the inputs.
        public var order: Int
        public var date: CaseDate
        public var kind: CaseKind
        public var bypassMinutes: Int?
        public var crossClampMinutes: Int?
        /// Each measure's result for a CPB case: met, not met, or nil when the record cannot say.
        public var measures: [QualityMeasure: Bool]
    }

    /// A measure's tally over the CPB cases.
    public struct Tally: Sendable, Equatable {
        public var measure: QualityMeasure
        public var met: Int
        /// CPB cases where the measure could be judged.
        public var judged: Int
        public var share: Double? { judged == 0 ? nil : Double(met) / Double(judged) }
    }

    public var cases: [Case]
    /// Records left out because they could not be read or have errors, with their files.
    public var leftOut: [String]

    /// The dashboard of `records` (file and record); records with errors go to ``leftOut``.
    public init(_ inputs: [BatchInput]) {
        var cases: [Case] = [], leftOut: [String] = []
        for (order, input) in inputs.enumerated() {
            guard let record = input.record, !input.diagnostics.hasErrors else { leftOut.append(input.file); continue }
            let metrics = CaseFigures(record: record)
            let figures = RegistryFigures(record: record, metrics: metrics)
            var measures: [QualityMeasure: Bool] = [:]
            if record.header.kind == .cpb {
                for measure in QualityMeasure.allCases { measures[measure] = measure.isMet(by: figures) }
            }
            cases.append(Case(caseID: record.header.caseID, file: input.file, order: order, date: record.header.date, kind: record.header.kind,
                              bypassMinutes: metrics.bypassMinutes, crossClampMinutes: metrics.crossClampMinutes,
                              measures: measures))
        }
        self.cases = cases.sorted { ($0.date, $0.caseID) < ($1.date, $1.caseID) }
        self.leftOut = leftOut
    }

    /// Cases by kind, most first (ties by name).
    public var countsByKind: [(CaseKind, Int)] {
        Dictionary(grouping: cases, by: \.kind).map { ($0.key, $0.value.count) }
            .sorted { ($1.1, $0.0.rawValue) < ($0.1, $1.0.rawValue) }
    }

    /// Cases by month (`yyyy-MM`), in calendar order.
    public var countsByMonth: [(String, Int)] {
        Dictionary(grouping: cases) { String($0.date.description.prefix(7)) }.map { ($0.key, $0.value.count) }.sorted { $0.0 < $1.0 }
    }

    /// The tally of every measure over the CPB cases.
    public var tallies: [Tally] {
        QualityMeasure.allCases.map { m in
            let results = cases.compactMap { $0.measures[m] }
            return Tally(measure: m, met: results.filter { $0 }.count, judged: results.count)
        }
    }

    /// CPB minutes of the cases that have them.
    public var bypassMinutes: [Int] { cases.compactMap(\.bypassMinutes) }
    /// Cross-clamp minutes of CPB cases with a clamp.
    public var crossClampMinutes: [Int] { cases.compactMap(\.crossClampMinutes).filter { $0 > 0 } }

    /// The median of `values` (the mean of the middle two for an even count); nil when empty.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted(), mid = s.count / 2
        return s.count % 2 == 1 ? Double(s[mid]) : Double(s[mid - 1] + s[mid]) / 2
    }

    /// Counts of `values` in bins of `width` minutes from 0 up to the largest (`0–29`, `30–59`, …).
    public static func histogram(_ values: [Int], width: Int = 30) -> [(String, Int)] {
        guard let top = values.max() else { return [] }
        return (0...(max(top, 0) / width)).map { bin in
            let low = bin * width
            return ("\(low)–\(low + width - 1) min", values.filter { $0 >= low && $0 < low + width }.count)
        }
    }
}
