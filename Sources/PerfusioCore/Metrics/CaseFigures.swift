/// Every figure Perfusio derives from one record: the public entry point of the clinical maths.
///
/// ```swift
/// let figures = CaseFigures(record: record)              // DOMAIN.md §0 defaults
/// figures.bypassMinutes                                  // 109 for adult-cabg.md
/// figures.nadirOxygenDeliveryIndex?.formatted            // "267 mL/min/m²"
/// ```
/// Every figure is optional: a value the record does not hold is nil, never estimated from another
/// (no Hb from Hct). Only valid reading values count (``ReadingValue/isValid``). Phases are derived once
/// (``phases``) and shared with the rules.
public struct CaseFigures: Hashable, Sendable, Codable {
    /// The options the figures were derived with.
    public var options: MetricsOptions
    public var phases: CasePhases
    /// The BSA used for flow index and DO2i, with the formula that produced it.
    public var bodySurfaceArea: BodySurfaceArea?
    /// The BSA by every formula, m², for comparison (empty without height and weight).
    public var bodySurfaceAreaByFormula: [BSAFormula: Double]
    /// Target pump flow, L/min: ``MetricsOptions/cardiacIndex`` × BSA.
    public var targetFlow: Double?
    /// Weight-based estimated blood volume, mL (DOMAIN.md §1.4).
    public var estimatedBloodVolume: Double?
    /// Nadler blood volume, mL (adults only).
    public var nadlerBloodVolume: Double?
    /// Predicted haematocrit on bypass, % (nil without a pre-operative Hct, or with blood in the prime).
    public var predictedBypassHaematocrit: Double?
    /// CPB minutes over all runs; nil without a complete run.
    public var bypassMinutes: Int?
    public var bypassRunCount: Int
    /// Cross-clamp minutes; 0 for a bypass case with complete runs and no clamp; nil otherwise.
    public var crossClampMinutes: Int?
    /// Total circulatory arrest minutes, with or without cerebral perfusion; 0 for a bypass case without
    /// arrest, nil for ECMO and other kinds (DOMAIN.md §0).
    public var circulatoryArrestMinutes: Int?
    /// Arrest without cerebral perfusion (STS `DHCATm`), minutes.
    public var arrestWithoutCerebralPerfusionMinutes: Int?
    /// Cerebral perfusion minutes (STS `CPerfTime`).
    public var cerebralPerfusionMinutes: Int?
    /// ECMO run minutes; nil without a complete run.
    public var ecmoMinutes: Int?
    public var cardioplegiaDoses: [CardioplegiaDose]
    /// Total cardioplegia volume, mL; nil without doses or when a dose has no volume.
    public var cardioplegiaVolume: Double?
    /// Heparin given as IU boluses (prime excluded), IU.
    public var heparinTotal: Double?
    /// Heparin given before the first CPB or ECMO start, IU/kg.
    public var heparinLoadingPerKilogram: Double?
    /// The lowest temperature over every site, with its site (DOMAIN.md §0).
    public var lowestTemperature: TimedValue?
    /// The lowest temperature of each site.
    public var lowestTemperatureBySite: [Parameter: TimedValue] = [:]
    public var lowestHaemoglobin: TimedValue?
    public var lowestHaematocrit: TimedValue?
    /// Flow index, CaO2, DO2 and DO2i of every reading.
    public var oxygenDelivery: [ReadingOxygenDelivery]
    /// The lowest DO2i on full-flow bypass (never weaning, arrest or ECMO), mL/min/m².
    public var nadirOxygenDeliveryIndex: TimedValue?
    /// The lowest flow index on full-flow bypass, L/min/m².
    public var nadirFlowIndex: TimedValue?
    /// Peak glucose, mg/dL.
    public var peakGlucose: TimedValue?
    /// Peak lactate, mmol/L.
    public var peakLactate: TimedValue?
    /// MAP below ``MetricsOptions/mapThreshold`` on bypass (circulatory arrest excluded): minutes, mmHg·min.
    public var lowMeanArterialPressure: ThresholdExposure?
    /// DO2i below ``MetricsOptions/oxygenDeliveryThreshold`` on full-flow bypass: minutes, deficit mL/m².
    public var oxygenDeliveryDeficit: ThresholdExposure?
    public var fluidBalance: FluidBalance?
    /// Urine output on bypass, mL/kg/h.
    public var urineOutputRate: Double?
    /// Assumptions the figures rest on, in words (SaO2 taken as 1.00, the BSA formula chosen).
    public var assumptions: [String]

    /// Derives every figure of `record`.
    public init(record: PerfusionCase, options: MetricsOptions = .standard) {
        self.init(record: record, options: options, columns: ReadingColumns.ofLargeRecord(record))
    }

    /// As ``init(record:options:)``, reading series from `columns` (the record's, shared with its rules and chart).
    package init(record: PerfusionCase, options: MetricsOptions = .standard, columns: ReadingColumns?) {
        self.options = options
        let phases = CasePhases(record)
        self.phases = phases
        let weight = record.patient.weightKilograms, height = record.patient.heightCentimetres
        let formula = options.bsa.formula(ageYears: record.patientAgeYears, ageMonths: record.patientAgeMonths,
                                          weightKilograms: weight)
        let bsa = BodySurfaceArea(formula: formula, weightKilograms: weight, heightCentimetres: height)
        bodySurfaceArea = bsa
        bodySurfaceAreaByFormula = Dictionary(uniqueKeysWithValues: BSAFormula.allCases.compactMap { f in
            zipOptional(weight, height).flatMap { f.area(weightKilograms: $0, heightCentimetres: $1) }.map { (f, $0) }
        })
        targetFlow = bsa.map { OxygenArithmetic.targetFlow(cardiacIndex: options.cardiacIndex, bodySurfaceArea: $0.squareMetres) }
        bypassRunCount = phases.bypassRuns.count
        cardioplegiaDoses = CardioplegiaDose.doses(in: record)
        oxygenDelivery = record.readings.map {
            ReadingOxygenDelivery($0, bodySurfaceArea: bsa?.squareMetres, phases: phases, options: options)
        }
        fluidBalance = FluidBalance(record)
        assumptions = []
        deriveDurations(record)
        deriveBloodVolume(record)
        deriveExtremes(record, columns: columns)
        deriveOxygenFigures(record)
        deriveDoses(record)
        deriveAssumptions(record)
    }
}
