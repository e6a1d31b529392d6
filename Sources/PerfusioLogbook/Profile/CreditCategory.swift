import PerfusioCore

/// One of a body's categories (ABCP Table A, EBCP procedures as primary): which activities count, and how much.
public struct CreditCategory: Hashable, Sendable {
    public var id: String
    /// The name people read (`Table A: primary clinical perfusion activities`).
    public var name: String
    /// What one counted activity is called in a verdict (`primary activities`, `points`).
    public var unit: String
    /// Credit per activity (1, or ½ for a standby under some bodies).
    public var points: Double
    /// True when only one credit in this category may be given per case (ABCP SCPA).
    public var isOnePerCase: Bool
    /// The activities that count: any one entry matching is enough.
    public var counts: [CategoryMatch]
    public var status: ValueStatus
    public var source: String?

    public init(id: String, name: String, unit: String = "activities", points: Double = 1, isOnePerCase: Bool = false,
                counts: [CategoryMatch], status: ValueStatus = .choice, source: String? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.points = points
        self.isOnePerCase = isOnePerCase
        self.counts = counts
        self.status = status
        self.source = source
    }

    /// True when an activity of `kind` by `role` in `age` counts here.
    public func matches(kind: CaseKind, role: TeamRole, age: AgeGroup, paediatric: Set<AgeGroup>) -> Bool {
        counts.contains { $0.matches(kind: kind, role: role, age: age, paediatric: paediatric) }
    }
}

/// Activity kinds, roles and (optionally) age groups that count in a category.
public struct CategoryMatch: Hashable, Sendable {
    public var kinds: Set<CaseKind>
    public var roles: Set<TeamRole>
    /// When true, only paediatric cases (by the profile's paediatric groups) count.
    public var isPaediatricOnly: Bool
    public var status: ValueStatus

    public init(kinds: Set<CaseKind>, roles: Set<TeamRole>, isPaediatricOnly: Bool = false, status: ValueStatus = .choice) {
        self.kinds = kinds
        self.roles = roles
        self.isPaediatricOnly = isPaediatricOnly
        self.status = status
    }

    func matches(kind: CaseKind, role: TeamRole, age: AgeGroup, paediatric: Set<AgeGroup>) -> Bool {
        kinds.contains(kind) && roles.contains(role) && (!isPaediatricOnly || paediatric.contains(age))
    }
}
