import PerfusioCore

/// Every readings-table column name Perfusio knows, mapped to its ``Parameter``, in one table.
///
/// Names are normalised before lookup (lower case, `-`/`_` as spaces). Units follow the name
/// (`Flow L/min`), in parentheses (`Flow (L/min)`) or in brackets (`Flow [L/min]`); see ``UnitSpellings``.
/// Each parameter's display name (`T art`, `P pre-oxy`) is also an alias, so the writer's headers read back.
public enum ColumnAliases {
    public static let table: [(name: String, parameter: Parameter)] = [
        ("flow", .pumpFlow), ("pump flow", .pumpFlow), ("q", .pumpFlow), ("blood flow", .pumpFlow),
        ("arterial flow", .pumpFlow), ("qb", .pumpFlow), ("ecmo flow", .pumpFlow),
        ("map", .map), ("mean arterial pressure", .map), ("mean bp", .map), ("abp mean", .map), ("art mean", .map),
        ("cvp", .cvp), ("pap", .pulmonaryArteryPressure), ("mpap", .pulmonaryArteryPressure), ("pa mean", .pulmonaryArteryPressure),
        ("line pressure", .linePressure), ("line p", .linePressure), ("arterial line pressure", .linePressure),
        ("system pressure", .linePressure),
        ("t art", .arterialOutletTemperature), ("art temp", .arterialOutletTemperature), ("arterial temp", .arterialOutletTemperature),
        ("outlet", .arterialOutletTemperature), ("t outlet", .arterialOutletTemperature), ("outlet temp", .arterialOutletTemperature),
        ("arterial outlet", .arterialOutletTemperature), ("t arterial", .arterialOutletTemperature),
        ("t ven", .venousInflowTemperature), ("ven temp", .venousInflowTemperature), ("venous temp", .venousInflowTemperature),
        ("t venous", .venousInflowTemperature), ("inlet", .venousInflowTemperature), ("t inlet", .venousInflowTemperature),
        ("t naso", .nasopharyngealTemperature), ("naso", .nasopharyngealTemperature), ("nasopharyngeal", .nasopharyngealTemperature),
        ("t np", .nasopharyngealTemperature), ("np temp", .nasopharyngealTemperature),
        ("t bladder", .bladderTemperature), ("bladder", .bladderTemperature), ("bladder temp", .bladderTemperature),
        ("t rectal", .rectalTemperature), ("rectal", .rectalTemperature), ("rectal temp", .rectalTemperature),
        ("t oesophageal", .oesophagealTemperature), ("t oeso", .oesophagealTemperature), ("oesophageal", .oesophagealTemperature),
        ("esophageal", .oesophagealTemperature), ("t esophageal", .oesophagealTemperature),
        ("t tympanic", .tympanicTemperature), ("t tymp", .tympanicTemperature), ("tympanic", .tympanicTemperature),
        ("t core", .coreTemperature), ("core temp", .coreTemperature), ("core", .coreTemperature),
        ("t blood", .bloodTemperature), ("blood temp", .bloodTemperature),
        ("fio2", .fio2), ("fdo2", .fdo2), ("sweep", .sweep), ("gas flow", .sweep), ("sweep gas", .sweep),
        ("ph", .ph), ("pco2", .pco2), ("paco2", .pco2), ("po2", .po2), ("pao2", .po2),
        ("sao2", .sao2), ("svo2", .svo2), ("venous sat", .svo2),
        ("hb", .hb), ("hgb", .hb), ("haemoglobin", .hb), ("hemoglobin", .hb),
        ("hct", .hct), ("haematocrit", .hct), ("hematocrit", .hct),
        ("k", .potassium), ("k+", .potassium), ("potassium", .potassium),
        ("na", .sodium), ("na+", .sodium), ("sodium", .sodium),
        ("ica", .ionisedCalcium), ("ica++", .ionisedCalcium), ("ca++", .ionisedCalcium), ("ionised calcium", .ionisedCalcium),
        ("ionized calcium", .ionisedCalcium),
        ("glu", .glucose), ("glucose", .glucose), ("bgl", .glucose), ("blood glucose", .glucose),
        ("lac", .lactate), ("lactate", .lactate),
        ("be", .baseExcess), ("base excess", .baseExcess), ("hco3", .bicarbonate),
        ("bicarbonate", .bicarbonate), ("bicarb", .bicarbonate),
        ("ph ven", .venousPH), ("venous ph", .venousPH), ("pco2 ven", .venousPCO2), ("pvco2", .venousPCO2),
        ("po2 ven", .venousPO2), ("pvo2", .venousPO2),
        ("act", .act), ("aptt", .aptt), ("ptt", .aptt), ("anti xa", .antiXa), ("antixa", .antiXa),
        ("platelets", .platelets), ("plt", .platelets), ("plts", .platelets), ("platelet count", .platelets),
        ("fibrinogen", .fibrinogen), ("fib", .fibrinogen), ("creatinine", .creatinine), ("creat", .creatinine),
        ("rpm", .pumpSpeed), ("pump speed", .pumpSpeed), ("speed", .pumpSpeed),
        ("p pre oxy", .preOxygenatorPressure), ("pre oxy", .preOxygenatorPressure), ("p pre", .preOxygenatorPressure),
        ("pre oxygenator pressure", .preOxygenatorPressure),
        ("p post oxy", .postOxygenatorPressure), ("post oxy", .postOxygenatorPressure), ("p post", .postOxygenatorPressure),
        ("post oxygenator pressure", .postOxygenatorPressure),
        ("nirs l", .cerebralOximetryLeft), ("nirs left", .cerebralOximetryLeft), ("rso2 l", .cerebralOximetryLeft),
        ("nirs r", .cerebralOximetryRight), ("nirs right", .cerebralOximetryRight), ("rso2 r", .cerebralOximetryRight),
        ("vo2", .oxygenConsumption), ("cardiac output", .cardiacOutput), ("co", .cardiacOutput),
        ("urine", .urineOutput), ("urine output", .urineOutput), ("uo", .urineOutput),
        ("augmentation", .balloonAugmentation), ("aug", .balloonAugmentation),
        ("t limb", .limbTemperature), ("limb temp", .limbTemperature),
        ("t perfusate", .perfusateTemperature), ("perfusate temp", .perfusateTemperature),
        ("leak rate", .leakRate), ("leak", .leakRate),
    ]

    /// Names of the time column (`Time`, `Date time`).
    public static let timeColumns: Set<String> = ["time", "date time", "datetime", "date/time", "timestamp", "clock", "date and time"]
    /// Names of the blood sample column (`Sample`: arterial, venous, mixed venous, capillary).
    public static let sampleColumns: Set<String> = ["sample", "sample type", "specimen"]
    /// Names of the device column of the captured readings table.
    public static let deviceColumns: Set<String> = ["device", "source"]

    static let lookup: [String: Parameter] = {
        var map = Dictionary(table.map { (Phrase.normalise($0.name), $0.parameter) }) { a, _ in a }
        for p in Parameter.allCases where map[Phrase.normalise(p.displayName)] == nil { map[Phrase.normalise(p.displayName)] = p }
        return map
    }()

    /// The parameter a column name means, or nil.
    public static func parameter(named name: String) -> Parameter? { lookup[Phrase.normalise(name)] }

    /// The unit a column without a written unit gets, only where no other unit is in use for that parameter.
    /// Others (flow, temperatures, Hb, gases, glucose) need a unit and get a warning without one.
    public static let defaultUnits: [Parameter: ClinicalUnit] = [
        .map: .mmHg, .cvp: .mmHg, .pulmonaryArteryPressure: .mmHg, .linePressure: .mmHg,
        .preOxygenatorPressure: .mmHg, .postOxygenatorPressure: .mmHg, .balloonAugmentation: .mmHg,
        .ph: .unitless, .venousPH: .unitless, .hct: .percent, .sao2: .percent, .svo2: .percent,
        .cerebralOximetryLeft: .percent, .cerebralOximetryRight: .percent, .leakRate: .percent,
        .potassium: .millimolesPerLitre, .sodium: .millimolesPerLitre, .bicarbonate: .millimolesPerLitre,
        .baseExcess: .millimolesPerLitre, .act: .seconds, .aptt: .seconds, .pumpSpeed: .revolutionsPerMinute,
        .antiXa: .internationalUnitsPerMillilitre, .platelets: .perNanolitre, .urineOutput: .millilitres,
    ]
}
