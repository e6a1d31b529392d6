import PerfusioCore

/// One row of a logbook: an activity with the credit a profile gives it, or the reason it gives none.
public struct LogbookRow: Hashable, Sendable {
    public var activity: Activity
    /// The categories this row counts in, in the profile's order, with the credit in each.
    public var credits: [CategoryCredit]
    /// Why the row counts nowhere; nil when it counts.
    public var exclusion: ExclusionReason?
    /// Remarks that do not stop the credit (`role declared, time not verified`).
    public var remarks: [String]

    public init(activity: Activity, credits: [CategoryCredit] = [], exclusion: ExclusionReason? = nil, remarks: [String] = []) {
        self.activity = activity
        self.credits = credits
        self.exclusion = exclusion
        self.remarks = remarks
    }

    /// True when the row earns credit.
    public var counts: Bool { exclusion == nil && !credits.isEmpty }
}

/// Credit in one category.
public struct CategoryCredit: Hashable, Sendable {
    public var category: String
    public var points: Double

    public init(category: String, points: Double) {
        self.category = category
        self.points = points
    }
}

/// A fact in the records that Perfusio shows rather than resolves by guess.
public struct LogbookConflict: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case twoPrimaries = "two-primaries"
        case primaryUnderShare = "primary-under-share"
        case readTwice = "read-twice"
    }

    public var kind: Kind
    public var reference: String
    public var date: CaseDate
    /// The people concerned.
    public var people: [PersonKey]
    /// What was found, without any patient detail.
    public var detail: String

    public init(kind: Kind, reference: String, date: CaseDate, people: [PersonKey], detail: String) {
        self.kind = kind
        self.reference = reference
        self.date = date
        self.people = people
        self.detail = detail
    }
}
