import PerfusioCore

/// `kind: duration`: the time a value spends beyond a level, in total over the phases the rule applies to,
/// against a maximum.
///
/// ```yaml
/// check: { kind: duration, parameter: map, below: 50, unit: mmHg, max_minutes: 20 }
/// ```
/// Time is measured by ``ThresholdExposure`` (`interpolation: step`, the default, or `linear`). One finding,
/// at the worst value.
struct DurationCheck: RuleCheck {
    static let placeholders: Set<String> = ["parameter", "minutes", "limit", "level", "comparison"]
    var series: SeriesName
    var level: Limit
    var side: ThresholdExposure.Side
    var maxMinutes: Double
    var interpolation: ThresholdExposure.Interpolation

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(["kind", "parameter", "below", "above", "unit", "max_minutes", "interpolation"])
        series = try fields.series()
        let unit = try fields.unit()
        if let below = try Limit.read("below", fields, unit: unit, series: series) {
            (level, side) = (below, .below)
        } else if let above = try Limit.read("above", fields, unit: unit, series: series) {
            (level, side) = (above, .above)
        } else {
            throw RuleFileError(RulesDiagnostics.missingKey("\(fields.what) needs `below` or `above`", at: fields.location))
        }
        maxMinutes = try fields.requiredNumber("max_minutes")
        interpolation = try fields.words("interpolation", ThresholdExposure.Interpolation.self)?.first ?? .step
    }

    func evaluate(_ context: RuleContext, _ rule: Rule) -> [RuleHit] {
        let windows = context.windows(rule.applies)
        let values = context.series(series)
        let exposure = ThresholdExposure.measure(values, side, level.value, within: windows, interpolation: interpolation)
        guard exposure.minutes > maxMinutes else { return [] }
        let inside = values.filter { windows.containsTime($0.time) }
        guard let worst = side == .below ? inside.min(by: { $0.value < $1.value }) : inside.max(by: { $0.value < $1.value })
        else { return [] }
        let minutes = NumberFormatting.trimmed(exposure.minutes, maxDigits: 0)
        let limit = NumberFormatting.trimmed(maxMinutes, maxDigits: 0)
        return [RuleHit(time: worst.time, value: "\(minutes) min", threshold: "\(limit) min", numericValue: exposure.minutes,
                        numericThreshold: maxMinutes, location: worst.location,
                        fields: ["parameter": series.displayName, "minutes": minutes, "limit": limit, "level": level.text,
                                 "comparison": side.rawValue])]
    }
}
