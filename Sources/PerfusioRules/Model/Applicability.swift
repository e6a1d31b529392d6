import PerfusioCore

/// When a rule (or a whole pack) applies: record kind, age and weight band, phase, arterial outlet temperature.
///
/// A rule that does not apply does not fire: adult limits never on an infant, flow and DO2i never during
/// circulatory arrest or weaning (phase `full-flow`), DO2i only with the outlet at 32 °C or more.
public struct Applicability: Hashable, Sendable {
    /// Record kinds; nil for any.
    public var kinds: [CaseKind]?
    public var ageYears: Band?
    public var weightKilograms: Band?
    /// What to do when the age (or weight) a band needs is not recorded: apply (default) or skip.
    public var appliesWhenUnknown: Bool
    /// The moment must fall in one of these phases; nil for any time.
    public var phases: [CasePhase]?
    /// The moment must fall in none of these phases.
    public var exceptPhases: [CasePhase]
    /// The arterial outlet temperature at the moment (the reading's, else the last before it) must be in this
    /// band; a moment with no outlet temperature recorded before it is not excluded.
    public var arterialOutletTemperature: Band?

    public init(kinds: [CaseKind]? = nil, ageYears: Band? = nil, weightKilograms: Band? = nil, appliesWhenUnknown: Bool = true,
                phases: [CasePhase]? = nil, exceptPhases: [CasePhase] = [], arterialOutletTemperature: Band? = nil) {
        self.kinds = kinds
        self.ageYears = ageYears
        self.weightKilograms = weightKilograms
        self.appliesWhenUnknown = appliesWhenUnknown
        self.phases = phases
        self.exceptPhases = exceptPhases
        self.arterialOutletTemperature = arterialOutletTemperature
    }

    static let keys: Set<String> = ["kind", "age_years", "weight_kg", "when_unknown", "phase", "except_phase", "arterial_outlet_c"]

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(Self.keys)
        kinds = try fields.words("kind", CaseKind.self)
        ageYears = try fields.fields("age_years").map(Band.init)
        weightKilograms = try fields.fields("weight_kg").map(Band.init)
        appliesWhenUnknown = try fields.words("when_unknown", UnknownPolicy.self)?.first != .skip
        phases = try fields.words("phase", CasePhase.self)
        exceptPhases = try fields.words("except_phase", CasePhase.self) ?? []
        arterialOutletTemperature = try fields.fields("arterial_outlet_c").map(Band.init)
    }

    /// True when the record's kind, age and weight fit.
    public func applies(to record: PerfusionCase) -> Bool {
        if let kinds, !kinds.contains(record.header.kind) { return false }
        return fits(ageYears, record.patientAgeYears.map(Double.init)) && fits(weightKilograms, record.patient.weightKilograms)
    }

    private func fits(_ band: Band?, _ value: Double?) -> Bool {
        guard let band else { return true }
        guard let value else { return appliesWhenUnknown }
        return band.contains(value)
    }

    /// True when the rule applies at `time` (phase and outlet temperature).
    public func applies(at time: CaseTime, in context: RuleContext) -> Bool {
        let now = context.phases
        if let phases, !phases.contains(where: { now.contains($0, at: time) }) { return false }
        if exceptPhases.contains(where: { now.contains($0, at: time) }) { return false }
        if let band = arterialOutletTemperature, let outlet = context.outletTemperature(at: time), !band.contains(outlet) { return false }
        return true
    }
}

/// `when_unknown: apply | skip`.
enum UnknownPolicy: String, CaseIterable { case apply, skip }
