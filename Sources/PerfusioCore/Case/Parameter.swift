/// A quantity measured during a case: one column of a readings table, one field of a device export.
///
/// The raw value is the element name in the XML record. Each parameter knows its dimension, the unit
/// Perfusio computes in, its substance (for mg/dL ↔ mmol/L) and the range outside which a value is
/// impossible (an error), as opposed to merely abnormal (a rule's business).
public enum Parameter: String, Sendable, Codable, CaseIterable, Comparable {
    case pumpFlow = "flow", map, cvp, pulmonaryArteryPressure = "pap", linePressure = "line_pressure"
    case arterialOutletTemperature = "t_art", venousInflowTemperature = "t_ven"
    case nasopharyngealTemperature = "t_naso", bladderTemperature = "t_bladder", rectalTemperature = "t_rectal"
    case oesophagealTemperature = "t_oeso", tympanicTemperature = "t_tymp", coreTemperature = "t_core"
    case bloodTemperature = "t_blood"
    case fio2, fdo2, sweep
    case ph, pco2, po2, sao2, svo2, hb, hct, potassium = "k", sodium = "na", ionisedCalcium = "ica"
    case glucose, lactate, baseExcess = "be", bicarbonate = "hco3"
    case venousPH = "ph_ven", venousPCO2 = "pco2_ven", venousPO2 = "po2_ven"
    case act, aptt, antiXa = "anti_xa", platelets, fibrinogen, creatinine
    case pumpSpeed = "rpm", preOxygenatorPressure = "p_pre_oxy", postOxygenatorPressure = "p_post_oxy"
    case cerebralOximetryLeft = "nirs_left", cerebralOximetryRight = "nirs_right"
    case oxygenConsumption = "vo2", cardiacOutput = "cardiac_output", urineOutput = "urine"
    case balloonAugmentation = "augmentation", limbTemperature = "t_limb", perfusateTemperature = "t_perfusate"
    case leakRate = "leak_rate"

    /// The dimension of this parameter's values.
    public var dimension: Dimension { canonicalUnit.dimension }

    /// The unit Perfusio computes in (conversions into it are explicit and tested).
    public var canonicalUnit: ClinicalUnit {
        switch self {
        case .pumpFlow, .sweep, .cardiacOutput: .litresPerMinute
        case .map, .cvp, .pulmonaryArteryPressure, .linePressure, .pco2, .po2, .venousPCO2, .venousPO2,
             .preOxygenatorPressure, .postOxygenatorPressure, .balloonAugmentation: .mmHg
        case .arterialOutletTemperature, .venousInflowTemperature, .nasopharyngealTemperature, .bladderTemperature,
             .rectalTemperature, .oesophagealTemperature, .tympanicTemperature, .coreTemperature, .bloodTemperature,
             .limbTemperature, .perfusateTemperature: .celsius
        case .fio2, .fdo2, .sao2, .svo2, .hct, .cerebralOximetryLeft, .cerebralOximetryRight, .leakRate: .percent
        case .ph, .venousPH: .unitless
        case .hb: .gramsPerDecilitre
        case .potassium, .sodium, .ionisedCalcium, .lactate, .baseExcess, .bicarbonate: .millimolesPerLitre
        case .glucose: .milligramsPerDecilitre
        case .creatinine: .micromolesPerLitre
        case .act, .aptt: .seconds
        case .antiXa: .internationalUnitsPerMillilitre
        case .platelets: .perNanolitre
        case .fibrinogen: .gramsPerLitre
        case .pumpSpeed: .revolutionsPerMinute
        case .oxygenConsumption: .millilitresPerMinute
        case .urineOutput: .millilitres
        }
    }

    /// The substance, where mass and molar concentrations both occur.
    public var substance: Substance? {
        switch self {
        case .glucose: .glucose
        case .lactate: .lactate
        case .ionisedCalcium: .calcium
        case .creatinine: .creatinine
        case .hb: .haemoglobin
        case .potassium: .potassium
        case .sodium: .sodium
        case .fibrinogen: .fibrinogen
        default: nil
        }
    }

    /// True for temperature sites.
    public var isTemperature: Bool { dimension == .temperature }

    /// The name people read (`MAP`, `T art`, `Hb`).
    public var displayName: String { ParameterNames.display[self] ?? rawValue }

    /// Values outside this range (in the canonical unit) are impossible, not merely abnormal.
    public var possibleRange: ClosedRange<Double> {
        switch self {
        case .pumpFlow, .cardiacOutput: 0...15
        case .sweep: 0...20
        case .map, .pulmonaryArteryPressure, .balloonAugmentation: 0...300
        case .cvp: -20...60
        case .linePressure, .preOxygenatorPressure, .postOxygenatorPressure: -300...1000
        case .pco2, .venousPCO2: 1...200
        case .po2, .venousPO2: 1...1000
        case .fio2, .fdo2: 0...100
        case .sao2, .svo2, .hct, .cerebralOximetryLeft, .cerebralOximetryRight, .leakRate: 0...100
        case .ph, .venousPH: 6.3...8.0
        case .hb: 0...25
        case .potassium: 0.5...15
        case .sodium: 80...200
        case .ionisedCalcium: 0.1...5
        case .glucose: 0...2000
        case .lactate: 0...40
        case .baseExcess: -40...40
        case .bicarbonate: 0...70
        case .act: 0...2000
        case .aptt: 0...400
        case .antiXa: 0...5
        case .platelets: 0...2000
        case .fibrinogen: 0...15
        case .creatinine: 0...3000
        case .pumpSpeed: 0...12000
        case .oxygenConsumption: 0...2000
        case .urineOutput: 0...20000
        default: isTemperature ? 0...45 : -1e9...1e9
        }
    }

    public static func < (a: Parameter, b: Parameter) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// Display names of parameters, as a perfusionist reads them on a chart.
enum ParameterNames {
    static let display: [Parameter: String] = [
        .pumpFlow: "Flow", .map: "MAP", .cvp: "CVP", .pulmonaryArteryPressure: "PAP", .linePressure: "Line pressure",
        .arterialOutletTemperature: "T art", .venousInflowTemperature: "T ven", .nasopharyngealTemperature: "T naso",
        .bladderTemperature: "T bladder", .rectalTemperature: "T rectal", .oesophagealTemperature: "T oesophageal",
        .tympanicTemperature: "T tympanic", .coreTemperature: "T core", .bloodTemperature: "T blood",
        .fio2: "FiO2", .fdo2: "FdO2", .sweep: "Sweep", .ph: "pH", .pco2: "pCO2", .po2: "pO2", .sao2: "SaO2",
        .svo2: "SvO2", .hb: "Hb", .hct: "Hct", .potassium: "K", .sodium: "Na", .ionisedCalcium: "iCa",
        .glucose: "Glucose", .lactate: "Lactate", .baseExcess: "BE", .bicarbonate: "HCO3",
        .venousPH: "pH ven", .venousPCO2: "pCO2 ven", .venousPO2: "pO2 ven", .act: "ACT", .aptt: "aPTT",
        .antiXa: "Anti-Xa", .platelets: "Platelets", .fibrinogen: "Fibrinogen", .creatinine: "Creatinine",
        .pumpSpeed: "RPM", .preOxygenatorPressure: "P pre-oxy", .postOxygenatorPressure: "P post-oxy",
        .cerebralOximetryLeft: "NIRS L", .cerebralOximetryRight: "NIRS R", .oxygenConsumption: "VO2",
        .cardiacOutput: "Cardiac output", .urineOutput: "Urine", .balloonAugmentation: "Augmentation",
        .limbTemperature: "T limb", .perfusateTemperature: "T perfusate", .leakRate: "Leak rate",
    ]
}
