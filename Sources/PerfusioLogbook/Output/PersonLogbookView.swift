import PerfusioCore

/// What the logbook templates and the CSV and JSON writers see for one person: plain text, every number
/// already formatted with its unit. It holds no patient identifier: only age groups and keyed case references.
public struct PersonLogbookView: Codable, Hashable, Sendable {
    public var person: String
    public var name: String
    public var site: String
    public var profile: ProfileView
    public var period: String
    public var asOf: String
    public var rows: [RowView]
    public var totals: [TotalView]
    public var requirements: [RequirementView]
    public var isMet: Bool
    public var verdict: String
    public var conflicts: [ConflictView]
    public var hasConflicts: Bool
    public var hasUnconfirmed: Bool

    /// The view of `entry`, dated `asOf`, for `site` (the staff list's site, or the records' institutions).
    public init(_ entry: PersonLogbook, site: String, asOf: CaseDate) {
        person = entry.person.isListed ? entry.person.id : "unlisted: \(entry.name)"
        name = entry.name
        self.site = site
        profile = ProfileView(entry.profile)
        period = entry.period.isOpen ? "all cases read (\(entry.period))" : entry.period.description
        self.asOf = asOf.description
        let names = Dictionary(uniqueKeysWithValues: entry.profile.categories.map { ($0.id, $0.name) })
        rows = entry.rows.enumerated().map { RowView($1, number: $0 + 1, categoryNames: names) }
        totals = entry.totals.map(TotalView.init)
        requirements = entry.results.map(RequirementView.init)
        isMet = entry.verdict.isMet
        verdict = entry.verdict.text
        conflicts = entry.conflicts.map(ConflictView.init)
        hasConflicts = !conflicts.isEmpty
        hasUnconfirmed = requirements.contains(where: \.isUnconfirmed)
    }
}

/// The profile as the logbook names it.
public struct ProfileView: Codable, Hashable, Sendable {
    public var id: String
    public var body: String
    public var gate: String
    public var rulesVersion: String
    public var verifier: String
    public var sources: [SourceView]

    public init(_ profile: CredentialProfile) {
        id = profile.id
        body = profile.body
        gate = profile.gate
        rulesVersion = profile.rulesVersion
        verifier = profile.verifier
        sources = profile.sources.map { SourceView(id: $0.id, title: $0.title, url: $0.url, read: $0.read.description) }
    }
}

/// A source a profile cites.
public struct SourceView: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    public var url: String
    public var read: String
}

/// A category's total.
public struct TotalView: Codable, Hashable, Sendable {
    public var category: String
    public var name: String
    public var credit: String
    public var activities: Int

    init(_ total: CategoryTotal) {
        category = total.category.id
        name = total.category.name
        credit = Points.text(total.points)
        activities = total.activities
    }
}

/// A requirement's standing.
public struct RequirementView: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var required: String
    public var achieved: String
    public var shortBy: String
    public var isMet: Bool
    public var status: String
    public var isUnconfirmed: Bool
    public var source: String

    init(_ result: RequirementResult) {
        id = result.requirement.id + (result.year.map { ".\($0)" } ?? "")
        name = result.name
        required = Points.text(result.requirement.minimum)
        achieved = Points.text(result.achieved)
        shortBy = Points.text(result.shortBy)
        isMet = result.isMet
        status = result.requirement.status.rawValue
        isUnconfirmed = result.requirement.status.isUnconfirmed
        source = result.requirement.source ?? ""
    }
}

/// A conflict on one of the person's cases.
public struct ConflictView: Codable, Hashable, Sendable {
    public var kind: String
    public var date: String
    public var reference: String
    public var detail: String

    init(_ conflict: LogbookConflict) {
        kind = conflict.kind.rawValue
        date = conflict.date.description
        reference = conflict.reference
        detail = conflict.detail
    }
}
