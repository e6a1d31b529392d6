import PerfusioCore

/// One person's part in one case: the facts a logbook row is built from, before a profile judges it.
public struct Activity: Hashable, Sendable {
    public var person: PersonKey
    /// The name as written in the record.
    public var writtenName: String
    /// The case this comes from (site case id and date): used to join and count, never shown.
    public var caseKey: CaseKey
    /// The keyed case reference shown instead of any identifier (see `CaseReference`).
    public var reference: String
    public var date: CaseDate
    public var institution: String?
    public var kind: CaseKind
    /// The mode of support (VA, VV; IABP timing), as written.
    public var mode: String?
    public var role: TeamRole
    /// For a student: the supervisor's name as written.
    public var supervisor: String?
    /// Minutes this person was in charge; nil when the record has no times for it.
    public var minutesInCharge: Int?
    /// The minutes of the whole activity (first start to last end); nil when the record gives no times.
    public var caseMinutes: Int?
    /// For a shift of an ECMO run or VAD support: which shift and whether it began the run.
    public var shift: Shift?
    public var ageGroup: AgeGroup
    /// Whether the person held a certification on the case date; nil without a staff list entry.
    public var isCertified: Bool?
    /// False when the person appears only in a relief event, not in the record's team.
    public var isNamedInTeam: Bool

    public init(person: PersonKey, writtenName: String, caseKey: CaseKey, reference: String, date: CaseDate,
                institution: String? = nil, kind: CaseKind, mode: String? = nil, role: TeamRole,
                supervisor: String? = nil, minutesInCharge: Int? = nil, caseMinutes: Int? = nil,
                shift: Shift? = nil, ageGroup: AgeGroup = .unknown, isCertified: Bool? = nil,
                isNamedInTeam: Bool = true) {
        self.person = person
        self.writtenName = writtenName
        self.caseKey = caseKey
        self.reference = reference
        self.date = date
        self.institution = institution
        self.kind = kind
        self.mode = mode
        self.role = role
        self.supervisor = supervisor
        self.minutesInCharge = minutesInCharge
        self.caseMinutes = caseMinutes
        self.shift = shift
        self.ageGroup = ageGroup
        self.isCertified = isCertified
        self.isNamedInTeam = isNamedInTeam
    }

    /// This person's share of the case in charge (0…1), when both times are known.
    public var shareInCharge: Double? {
        guard let mine = minutesInCharge, let all = caseMinutes, all > 0 else { return nil }
        return Double(mine) / Double(all)
    }
}

/// One shift of a run: a continuous stretch in charge.
public struct Shift: Hashable, Sendable {
    /// 1-based number of the shift in the run.
    public var number: Int
    /// True when this shift began the run (initiation and maintenance); false for a shift managed later.
    public var isInitiation: Bool
    public var start: CaseTime
    public var end: CaseTime

    public init(number: Int, isInitiation: Bool, start: CaseTime, end: CaseTime) {
        self.number = number
        self.isInitiation = isInitiation
        self.start = start
        self.end = end
    }

    /// Whole minutes in the shift.
    public var minutes: Int { Int(end.minutes(since: start)) }
}

/// A case as the logbook joins it: the site's case id and the case date. The same case read as Markdown and
/// as XML has the same key and is counted once.
public struct CaseKey: Hashable, Sendable, Comparable {
    public var caseID: String
    public var date: CaseDate

    public init(caseID: String, date: CaseDate) {
        self.caseID = caseID
        self.date = date
    }

    public static func < (a: CaseKey, b: CaseKey) -> Bool { (a.date, a.caseID) < (b.date, b.caseID) }
}
