import PerfusioCore

/// What the department templates and the CSV and JSON writers see: one line per person.
public struct DepartmentView: Codable, Hashable, Sendable {
    /// One person's standing as text.
    public struct Line: Codable, Hashable, Sendable {
        public var person: String
        public var name: String
        public var counted: Int
        public var notCounted: Int
        /// Credit per category by id, `table-a: 31; table-b: 9`.
        public var totals: String
        public var isMet: Bool
        public var verdict: String
        public var conflicts: Int
    }

    public var site: String
    public var profile: ProfileView
    public var period: String
    public var asOf: String
    /// Months left in the period as of `asOf` (`3`), or `—` for an open period.
    public var monthsLeft: String
    public var lines: [Line]
    public var met: Int
    public var short: Int

    /// The view of `summary`; `escape` is applied to every text from records, the staff list or the profile.
    public init(_ summary: DepartmentSummary, site: String, escape e: TextEscape = { $0 }) {
        self.site = e(site)
        profile = ProfileView(summary.profile, escape: e)
        period = summary.period.isOpen ? "all cases read (\(summary.period))" : summary.period.description
        asOf = summary.asOf.description
        monthsLeft = summary.monthsLeft.map(String.init) ?? "—"
        lines = summary.lines.map { line in
            Line(person: e(line.person.isListed ? line.person.id : "unlisted"), name: e(line.name), counted: line.counted,
                 notCounted: line.notCounted,
                 totals: e(line.totals.map { "\($0.category.id): \(Points.text($0.points))" }.joined(separator: "; ")),
                 isMet: line.verdict.isMet, verdict: e(line.verdict.text), conflicts: line.conflicts)
        }
        met = lines.filter(\.isMet).count
        short = lines.count - met
    }
}
