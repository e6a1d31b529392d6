import PerfusioCore

/// One requirement of a gate: a minimum of credits from some categories, each perhaps capped, over the period
/// or in each year of it.
///
/// ABCP recertification: `total` = Table A + at most 15 of Table B ≥ 40; `primary` = Table A ≥ 25 [L1].
public struct Requirement: Hashable, Sendable {
    public var id: String
    /// The name people read (`Clinical activities in the year`).
    public var name: String
    /// What is short in a verdict (`primary Table A activities`).
    public var unit: String
    public var minimum: Double
    public var terms: [RequirementTerm]
    /// Checked in each calendar year of the period rather than over the whole period.
    public var isPerCalendarYear: Bool
    /// Surplus of one year that may count toward the next (EBCP: at most 20 points [L27]).
    public var carryOverLimit: Double
    public var status: ValueStatus
    public var source: String?

    public init(id: String, name: String, unit: String, minimum: Double, terms: [RequirementTerm],
                isPerCalendarYear: Bool = false, carryOverLimit: Double = 0, status: ValueStatus = .choice,
                source: String? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.minimum = minimum
        self.terms = terms
        self.isPerCalendarYear = isPerCalendarYear
        self.carryOverLimit = carryOverLimit
        self.status = status
        self.source = source
    }
}

/// A category's credits toward a requirement, capped when `atMost` is set.
public struct RequirementTerm: Hashable, Sendable {
    public var category: String
    public var atMost: Double?

    public init(category: String, atMost: Double? = nil) {
        self.category = category
        self.atMost = atMost
    }
}
