/// A unit a pump log or device writes. The raw value is the canonical spelling used in the XML record.
///
/// Spellings people type (`mL/min`, `ml/min`, `L/min`, `lpm`, `°C`, `degC`, `mmHg`, `mm Hg`) are
/// mapped to these cases by ``UnitSpellings``, one table for every reader.
public enum ClinicalUnit: String, Sendable, Codable, CaseIterable {
    // flow
    case litresPerMinute = "L/min", millilitresPerMinute = "mL/min"
    case litresPerMinutePerSquareMetre = "L/min/m2", millilitresPerKilogramPerMinute = "mL/kg/min"
    // pressure
    case mmHg, kPa, cmH2O
    // temperature
    case celsius = "Cel", fahrenheit = "degF"
    // fraction
    case percent = "%", fraction = "1"
    // concentrations
    case gramsPerDecilitre = "g/dL", gramsPerLitre = "g/L", milligramsPerDecilitre = "mg/dL"
    case millimolesPerLitre = "mmol/L", micromolesPerLitre = "umol/L", milliequivalentsPerLitre = "mEq/L"
    // time
    case seconds = "s", minutes = "min", hours = "h"
    // volume, mass, length
    case millilitres = "mL", litres = "L", kilograms = "kg", grams = "g", milligrams = "mg", micrograms = "mcg"
    case pounds = "lb", centimetres = "cm", metres = "m", inches = "in", french = "Fr"
    // anticoagulation
    case internationalUnits = "IU", internationalUnitsPerKilogram = "IU/kg", internationalUnitsPerMillilitre = "IU/mL"
    // other
    case revolutionsPerMinute = "rpm", perNanolitre = "10*9/L", joules = "J"
    case microgramsPerKilogramPerMinute = "mcg/kg/min", internationalUnitsPerKilogramPerHour = "IU/kg/h"
    case millilitresPerHour = "mL/h", millilitresPerKilogramPerHour = "mL/kg/h", milligramsPerKilogram = "mg/kg"
    case millilitresPerKilogram = "mL/kg"
    case units = "unit", squareMetres = "m2", unitless = ""

    /// The dimension this unit measures.
    public var dimension: Dimension {
        switch self {
        case .litresPerMinute, .millilitresPerMinute: .volumeFlow
        case .litresPerMinutePerSquareMetre: .flowIndex
        case .millilitresPerKilogramPerMinute: .weightFlow
        case .mmHg, .kPa, .cmH2O: .pressure
        case .celsius, .fahrenheit: .temperature
        case .percent, .fraction: .fraction
        case .gramsPerDecilitre, .gramsPerLitre, .milligramsPerDecilitre: .massConcentration
        case .millimolesPerLitre, .micromolesPerLitre, .milliequivalentsPerLitre: .molarConcentration
        case .seconds, .minutes, .hours: .time
        case .millilitres, .litres: .volume
        case .kilograms, .grams, .milligrams, .micrograms, .pounds: .mass
        case .centimetres, .metres, .inches: .length
        case .french: .catheterSize
        case .internationalUnits: .heparinDose
        case .internationalUnitsPerKilogram: .heparinPerKg
        case .internationalUnitsPerMillilitre: .heparinConcentration
        case .revolutionsPerMinute: .rotationRate
        case .perNanolitre: .cellCount
        case .joules: .energy
        case .microgramsPerKilogramPerMinute, .milligramsPerKilogram, .millilitresPerKilogram: .bodyDose
        case .internationalUnitsPerKilogramPerHour, .millilitresPerHour, .millilitresPerKilogramPerHour: .infusionRate
        case .units: .bloodUnits
        case .squareMetres: .area
        case .unitless: .none
        }
    }

    /// The spelling shown to people (`°C`, `mL/min`, `10^9/L`).
    public var display: String {
        switch self {
        case .celsius: "°C"
        case .fahrenheit: "°F"
        case .micromolesPerLitre: "µmol/L"
        case .perNanolitre: "10^9/L"
        case .litresPerMinutePerSquareMetre: "L/min/m²"
        case .squareMetres: "m²"
        case .fraction: ""
        case .units: "units"
        default: rawValue
        }
    }

    /// Factor to this dimension's base unit (and offset, for temperature): base = value × factor + offset.
    var toBase: (factor: Double, offset: Double) {
        switch self {
        case .litresPerMinute: (1, 0)
        case .millilitresPerMinute: (0.001, 0)
        case .mmHg: (1, 0)
        case .kPa: (7.50062, 0)             // 1 kPa = 7.50062 mmHg (1 mmHg = 133.322 Pa)
        case .cmH2O: (0.735559, 0)          // 1 cmH2O = 98.0665 Pa
        case .celsius: (1, 0)
        case .fahrenheit: (1 / 1.8, -32 / 1.8) // °C = (°F − 32) ÷ 1.8
        case .percent: (0.01, 0)
        case .gramsPerLitre: (1, 0)
        case .gramsPerDecilitre: (10, 0)
        case .milligramsPerDecilitre: (0.01, 0)
        case .millimolesPerLitre, .milliequivalentsPerLitre: (1, 0)
        case .micromolesPerLitre: (0.001, 0)
        case .seconds: (1, 0)
        case .minutes: (60, 0)
        case .hours: (3600, 0)
        case .millilitres: (1, 0)
        case .litres: (1000, 0)
        case .kilograms: (1, 0)
        case .grams: (0.001, 0)
        case .milligrams: (1e-6, 0)
        case .micrograms: (1e-9, 0)
        case .pounds: (0.45359237, 0)       // 1 lb = 0.45359237 kg exactly
        case .centimetres: (1, 0)
        case .metres: (100, 0)
        case .inches: (2.54, 0)             // 1 in = 2.54 cm exactly
        default: (1, 0)
        }
    }
}
