import PerfusioCore

/// The department's view: one line per person, who meets the requirement and who is short, with the months
/// left in the period.
public struct DepartmentSummary: Hashable, Sendable {
    /// One person's standing.
    public struct Line: Hashable, Sendable {
        public var person: PersonKey
        public var name: String
        /// Rows that earned credit in the period.
        public var counted: Int
        /// Rows that earned none.
        public var notCounted: Int
        public var totals: [CategoryTotal]
        public var verdict: Verdict
        /// Conflicts on this person's cases.
        public var conflicts: Int
    }

    public var profile: CredentialProfile
    public var period: ReportingPeriod
    /// The date the months left are counted from.
    public var asOf: CaseDate
    public var lines: [Line]

    /// The summary of everyone in `logbook`, as of `asOf`.
    public init(_ logbook: Logbook, asOf: CaseDate) {
        profile = logbook.profile
        period = logbook.period
        self.asOf = asOf
        lines = logbook.people.map { person in
            let entry = logbook.entry(for: person)
            let inPeriod = entry.rows.filter { $0.exclusion != .outsidePeriod }
            return Line(person: person, name: entry.name, counted: inPeriod.filter(\.counts).count,
                        notCounted: inPeriod.filter { !$0.counts }.count, totals: entry.totals, verdict: entry.verdict,
                        conflicts: entry.conflicts.count)
        }
    }

    /// Whole months from `asOf` to the period's end; nil for an open period.
    public var monthsLeft: Int? { period.monthsLeft(asOf: asOf) }
}
