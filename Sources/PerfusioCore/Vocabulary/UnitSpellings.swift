import Foundation

/// Every way a person or device spells a unit, mapped to one ``ClinicalUnit``. One table for every reader.
///
/// Lookup ignores case, spaces, a leading degree sign's variants and `per`/`/` differences:
/// `L/min`, `l/min`, `lpm`, `LPM` are litres per minute; `°C`, `degC`, `C`, `Cel` are degrees Celsius.
public enum UnitSpellings {
    /// Spellings, written in their normalised form (lower case, no spaces).
    public static let table: [String: ClinicalUnit] = [
        "l/min": .litresPerMinute, "lpm": .litresPerMinute, "l/m": .litresPerMinute, "lmin": .litresPerMinute,
        "ml/min": .millilitresPerMinute, "mlpm": .millilitresPerMinute, "cc/min": .millilitresPerMinute,
        "l/min/m2": .litresPerMinutePerSquareMetre, "l/min/m²": .litresPerMinutePerSquareMetre,
        "ml/kg/min": .millilitresPerKilogramPerMinute,
        "mmhg": .mmHg, "torr": .mmHg, "kpa": .kPa, "cmh2o": .cmH2O,
        "°c": .celsius, "ºc": .celsius, "c": .celsius, "degc": .celsius, "cel": .celsius, "celsius": .celsius, "°": .celsius,
        "°f": .fahrenheit, "ºf": .fahrenheit, "f": .fahrenheit, "degf": .fahrenheit, "fahrenheit": .fahrenheit,
        "%": .percent, "percent": .percent, "fraction": .fraction, "1": .fraction,
        "g/dl": .gramsPerDecilitre, "gm/dl": .gramsPerDecilitre, "g%": .gramsPerDecilitre,
        "g/l": .gramsPerLitre, "mg/dl": .milligramsPerDecilitre,
        "mmol/l": .millimolesPerLitre, "mm": .millimolesPerLitre, "mmol": .millimolesPerLitre,
        "umol/l": .micromolesPerLitre, "µmol/l": .micromolesPerLitre, "μmol/l": .micromolesPerLitre,
        "meq/l": .milliequivalentsPerLitre,
        "s": .seconds, "sec": .seconds, "secs": .seconds, "seconds": .seconds,
        "min": .minutes, "mins": .minutes, "minutes": .minutes, "h": .hours, "hr": .hours, "hrs": .hours, "hours": .hours,
        "ml": .millilitres, "cc": .millilitres, "l": .litres,
        "kg": .kilograms, "g": .grams, "gm": .grams, "mg": .milligrams, "mcg": .micrograms, "µg": .micrograms,
        "μg": .micrograms, "ug": .micrograms, "lb": .pounds, "lbs": .pounds,
        "cm": .centimetres, "m": .metres, "in": .inches, "inch": .inches, "inches": .inches, "fr": .french, "f.": .french,
        "iu": .internationalUnits, "u": .internationalUnits, "units": .internationalUnits,
        "iu/kg": .internationalUnitsPerKilogram, "u/kg": .internationalUnitsPerKilogram,
        "iu/ml": .internationalUnitsPerMillilitre, "u/ml": .internationalUnitsPerMillilitre,
        "rpm": .revolutionsPerMinute, "/min": .revolutionsPerMinute,
        "10^9/l": .perNanolitre, "x10^9/l": .perNanolitre, "10*9/l": .perNanolitre, "×10^9/l": .perNanolitre,
        "10⁹/l": .perNanolitre, "k/ul": .perNanolitre, "k/µl": .perNanolitre, "10^3/ul": .perNanolitre,
        "j": .joules, "joules": .joules,
        "mcg/kg/min": .microgramsPerKilogramPerMinute, "µg/kg/min": .microgramsPerKilogramPerMinute,
        "ug/kg/min": .microgramsPerKilogramPerMinute,
        "iu/kg/h": .internationalUnitsPerKilogramPerHour, "u/kg/h": .internationalUnitsPerKilogramPerHour,
        "iu/kg/hr": .internationalUnitsPerKilogramPerHour, "u/kg/hr": .internationalUnitsPerKilogramPerHour,
        "ml/h": .millilitresPerHour, "ml/hr": .millilitresPerHour, "ml/kg/h": .millilitresPerKilogramPerHour,
        "ml/kg/hr": .millilitresPerKilogramPerHour, "mg/kg": .milligramsPerKilogram, "ml/kg": .millilitresPerKilogram,
        "m2": .squareMetres, "m²": .squareMetres,
    ]

    /// The unit written as `spelling`, or nil when no reader knows it (`gal/min`).
    public static func unit(for spelling: String) -> ClinicalUnit? {
        let plain = spelling.lowercased().filter { !$0.isWhitespace }
        return table[plain] ?? table[normalise(spelling)] ?? ClinicalUnit(rawValue: spelling)
    }

    /// Lower case, spaces removed, `per` read as `/`, `²` kept.
    public static func normalise(_ spelling: String) -> String {
        var s = spelling.lowercased().filter { !$0.isWhitespace }
        s = s.replacingOccurrences(of: "per", with: "/")
        if s.hasPrefix("deg") && s.count > 3 { s = "°" + s.dropFirst(3) }
        return s
    }
}
