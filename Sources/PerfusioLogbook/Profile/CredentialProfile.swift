import PerfusioCore

/// A certifying body's requirement for one gate (ABCP recertification, EBCP exam…), loaded from a data file in
/// `schemas/credentials/`. A new body or gate is a new file, not new code.
public struct CredentialProfile: Hashable, Sendable {
    /// The file's stem (`abcp-recertification`): what `--profile` names.
    public var id: String
    /// The certifying body (`ABCP (American Board of Cardiovascular Perfusion)`).
    public var body: String
    /// The gate (`Recertification: clinical activity`).
    public var gate: String
    /// The version of the body's rules the file follows, as the file states it.
    public var rulesVersion: String
    public var sources: [ProfileSource]
    public var period: PeriodRule
    /// Who may claim primary credit and for how much of the case.
    public var primary: PrimaryRule
    /// ECMO and VAD credit per shift, when the profile enables it.
    public var shiftCredit: ShiftCreditRule
    /// The age groups this profile counts as paediatric.
    public var paediatricGroups: Set<AgeGroup>
    public var categories: [CreditCategory]
    public var requirements: [Requirement]
    /// Who signs the logbook (`Supervisor`, `Chief perfusionist`), shown in the verification block.
    public var verifier: String

    public init(id: String, body: String, gate: String, rulesVersion: String, sources: [ProfileSource] = [],
                period: PeriodRule, primary: PrimaryRule = PrimaryRule(), shiftCredit: ShiftCreditRule = ShiftCreditRule(),
                paediatricGroups: Set<AgeGroup> = [.neonate, .infant, .child], categories: [CreditCategory],
                requirements: [Requirement], verifier: String = "Chief perfusionist") {
        self.id = id
        self.body = body
        self.gate = gate
        self.rulesVersion = rulesVersion
        self.sources = sources
        self.period = period
        self.primary = primary
        self.shiftCredit = shiftCredit
        self.paediatricGroups = paediatricGroups
        self.categories = categories
        self.requirements = requirements
        self.verifier = verifier
    }

    /// The category with `id`, if any.
    public func category(_ id: String) -> CreditCategory? { categories.first { $0.id == id } }
}

/// How far a value in a profile has been checked.
public enum ValueStatus: String, Hashable, Sendable, CaseIterable {
    /// Checked against the body's own current text on the date the source was read.
    case confirmed
    /// Read from a copy of the body's own page, of unknown date: not confirmed against the current text.
    case officialCopy = "official-copy"
    /// Restated by a school, society or other third party.
    case thirdParty = "third-party"
    /// Not stated by any source read: an editable implementation choice.
    case choice

    /// True unless the value was confirmed from the body's current text.
    public var isUnconfirmed: Bool { self != .confirmed }
}

/// A source a profile cites, with the date it was read.
public struct ProfileSource: Hashable, Sendable {
    /// The tag values cite (`L1`).
    public var id: String
    public var title: String
    public var url: String
    /// The date this source was read for the profile.
    public var read: CaseDate
    /// True for the body's own site; false for a third party.
    public var isOfficial: Bool

    public init(id: String, title: String, url: String, read: CaseDate, isOfficial: Bool) {
        self.id = id
        self.title = title
        self.url = url
        self.read = read
        self.isOfficial = isOfficial
    }
}

/// Who counts as primary: the roles that claim it and the share of the case they must be in charge for.
public struct PrimaryRule: Hashable, Sendable {
    public var roles: Set<TeamRole>
    /// The least share (0…1) of the case in charge; nil when the body states none.
    public var minimumShare: Double?
    public var status: ValueStatus
    public var source: String?

    public init(roles: Set<TeamRole> = [.primaryPerfusionist], minimumShare: Double? = nil,
                status: ValueStatus = .choice, source: String? = nil) {
        self.roles = roles
        self.minimumShare = minimumShare
        self.status = status
        self.source = source
    }
}

/// Credit per shift on long runs (ECMO, VAD): a shift that began the run needs `initiationMinutes`, a shift
/// managed later needs `managedMinutes`.
public struct ShiftCreditRule: Hashable, Sendable {
    public var isEnabled: Bool
    public var kinds: Set<CaseKind>
    public var initiationMinutes: Int
    public var managedMinutes: Int
    public var status: ValueStatus
    public var source: String?

    public init(isEnabled: Bool = false, kinds: Set<CaseKind> = [], initiationMinutes: Int = 240,
                managedMinutes: Int = 480, status: ValueStatus = .choice, source: String? = nil) {
        self.isEnabled = isEnabled
        self.kinds = kinds
        self.initiationMinutes = initiationMinutes
        self.managedMinutes = managedMinutes
        self.status = status
        self.source = source
    }

    /// True when `kind` is credited per shift under this profile.
    public func applies(to kind: CaseKind) -> Bool { isEnabled && kinds.contains(kind) }
}
