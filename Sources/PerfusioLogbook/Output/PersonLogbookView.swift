import PerfusioCore

/// Escapes text for an output format: identity for HTML (Mustache escapes), CSV and JSON; Markdown escaping
/// for Markdown.
public typealias TextEscape = @Sendable (String) -> String

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

    /// The view of `entry`, dated `asOf`, for `site` (the staff list's site, or the records' institutions);
    /// `escape` is applied to every text that comes from a record, the staff list or the profile.
    public init(_ entry: PersonLogbook, site: String, asOf: CaseDate, escape e: TextEscape = { $0 }) {
        person = e(entry.person.isListed ? entry.person.id : "unlisted: \(entry.name)")
        name = e(entry.name)
        self.site = e(site)
        profile = ProfileView(entry.profile, escape: e)
        period = entry.period.isOpen ? "all cases read (\(entry.period))" : entry.period.description
        self.asOf = asOf.description
        let names = Dictionary(uniqueKeysWithValues: entry.profile.categories.map { ($0.id, $0.name) })
        rows = entry.rows.enumerated().map { RowView($1, number: $0 + 1, categoryNames: names, escape: e) }
        totals = entry.totals.map { TotalView($0, escape: e) }
        requirements = entry.results.map { RequirementView($0, escape: e) }
        isMet = entry.verdict.isMet
        verdict = e(entry.verdict.text)
        conflicts = entry.conflicts.map { ConflictView($0, escape: e) }
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

    public init(_ profile: CredentialProfile, escape e: TextEscape = { $0 }) {
        id = e(profile.id)
        body = e(profile.body)
        gate = e(profile.gate)
        rulesVersion = e(profile.rulesVersion)
        verifier = e(profile.verifier)
        sources = profile.sources.map { SourceView(id: e($0.id), title: e($0.title), url: e($0.url), read: $0.read.description) }
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

    init(_ total: CategoryTotal, escape e: TextEscape) {
        category = e(total.category.id)
        name = e(total.category.name)
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

    init(_ result: RequirementResult, escape e: TextEscape) {
        id = e(result.requirement.id + (result.year.map { ".\($0)" } ?? ""))
        name = e(result.name)
        required = Points.text(result.requirement.minimum)
        achieved = Points.text(result.achieved)
        shortBy = Points.text(result.shortBy)
        isMet = result.isMet
        status = result.requirement.status.rawValue
        isUnconfirmed = result.requirement.status.isUnconfirmed
        source = e(result.requirement.source ?? "")
    }
}

/// A conflict on one of the person's cases.
public struct ConflictView: Codable, Hashable, Sendable {
    public var kind: String
    public var date: String
    public var reference: String
    public var detail: String

    init(_ conflict: LogbookConflict, escape e: TextEscape) {
        kind = conflict.kind.rawValue
        date = conflict.date.description
        reference = e(conflict.reference)
        detail = e(conflict.detail)
    }
}
