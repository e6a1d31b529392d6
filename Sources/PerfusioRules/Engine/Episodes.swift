import Foundation
import PerfusioCore

/// Consecutive readings beyond a limit, grouped so a long excursion is one finding, not one per reading
/// (a captured record has a reading a second).
enum Episodes {
    /// Runs of consecutive values for which `beyond` holds, among those where `applies` holds; a value that
    /// does not apply or is within the limit ends a run.
    static func group(_ values: [TimedValue], applies: (TimedValue) -> Bool, beyond: (TimedValue) -> Bool) -> [[TimedValue]] {
        var runs: [[TimedValue]] = [], current: [TimedValue] = []
        for v in values {
            if applies(v) && beyond(v) {
                current.append(v)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// `value` rounded to the decimals it was recorded with, so 98.6 °F compares as 37.0 °C (DOMAIN.md §0).
    static func asRecorded(_ v: TimedValue, _ series: SeriesName) -> Double {
        guard case .parameter = series else { return v.value }
        let scale = pow(10, Double(v.fractionDigits))
        return (v.value * scale).rounded() / scale
    }
}

/// A limit as written in a pack (`below: 50`, `unit: mmHg`): its value in the series' unit and its text.
struct Limit: Hashable, Sendable {
    /// In the series' comparison unit.
    var value: Double
    /// As people read it (`50 mmHg`).
    var text: String

    /// Reads `key` of `fields` in `unit` (or the series' own unit), converted for `series`.
    static func read(_ key: String, _ fields: YAMLFields, unit: ClinicalUnit?, series: SeriesName) throws -> Limit? {
        guard let raw = try fields.string(key) else { return nil }
        guard let (number, digits) = Quantity.parseNumber(raw) else { throw fields.invalid(key, "a number", fields[key]!) }
        guard let target = series.unit else {
            return Limit(value: number, text: NumberFormatting.fixed(number, digits: digits) + " " + series.unitDisplay)
        }
        let written = Quantity(number, unit ?? target, fractionDigits: digits)
        guard let converted = written.value(in: target, substance: parameterSubstance(series)) else {
            throw RuleFileError(RulesDiagnostics.invalidValue(
                "`unit` \(written.unit.display) in \(fields.what) does not convert to \(target.display)", at: fields.location(of: "unit")))
        }
        return Limit(value: converted, text: written.description)
    }

    static func parameterSubstance(_ series: SeriesName) -> Substance? {
        if case .parameter(let p) = series { return p.substance }
        return nil
    }
}

extension YAMLFields {
    /// The `parameter` (or `key`) naming a series.
    func series(_ key: String = "parameter") throws -> SeriesName {
        let name = try requiredString(key)
        guard let series = SeriesName(name) else {
            throw RuleFileError(RulesDiagnostics.invalidValue(
                "`\(name)` is not a known parameter or derived series in \(what); expected one of: "
                    + SeriesName.allNames.joined(separator: ", "), at: location(of: key)))
        }
        return series
    }

    /// The `unit` thresholds are written in.
    func unit() throws -> ClinicalUnit? {
        guard let text = try string("unit") else { return nil }
        guard let unit = UnitSpellings.unit(for: text) else {
            throw RuleFileError(RulesDiagnostics.invalidValue("`\(text)` is not a unit Perfusio knows in \(what)", at: location(of: "unit")))
        }
        return unit
    }
}
