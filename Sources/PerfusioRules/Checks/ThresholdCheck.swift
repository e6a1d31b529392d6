import PerfusioCore

/// `kind: threshold`: a parameter or per-reading figure below or above a limit (or outside both).
///
/// ```yaml
/// check: { kind: threshold, parameter: map, below: 50, unit: mmHg }
/// check: { kind: threshold, parameter: pco2, below: 35, above: 45, unit: mmHg }   # outside 35–45
/// ```
/// Consecutive readings beyond the limit make one finding, at the worst value. Recorded values compare at the
/// precision written (98.6 °F is 37.0 °C, not above 37.0). `inclusive: true` fires at the limit itself.
struct ThresholdCheck: RuleCheck {
    static let placeholders: Set<String> = ["parameter", "comparison"]
    var series: SeriesName
    var below: Limit?
    var above: Limit?
    var inclusive: Bool

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(["kind", "parameter", "below", "above", "unit", "inclusive"])
        series = try fields.series()
        let unit = try fields.unit()
        below = try Limit.read("below", fields, unit: unit, series: series)
        above = try Limit.read("above", fields, unit: unit, series: series)
        inclusive = try fields.bool("inclusive") ?? false
        if below == nil && above == nil {
            throw RuleFileError(RulesDiagnostics.missingKey("\(fields.what) needs `below` or `above`", at: fields.location))
        }
    }

    func evaluate(_ context: RuleContext, _ rule: Rule) -> [RuleHit] {
        let values = context.series(series)
        let applies = { (v: TimedValue) in rule.applies.applies(at: v.time, in: context) }
        var hits: [RuleHit] = []
        if let below {
            hits += Episodes.group(values, applies: applies) { isBeyond(Episodes.asRecorded($0, series), below.value, low: true) }
                .compactMap { $0.min { $0.value < $1.value } }.map { hit($0, below, "below") }
        }
        if let above {
            hits += Episodes.group(values, applies: applies) { isBeyond(Episodes.asRecorded($0, series), above.value, low: false) }
                .compactMap { $0.max { $0.value < $1.value } }.map { hit($0, above, "above") }
        }
        return hits.sorted { ($0.time ?? CaseTime(secondsSinceEpoch: 0)) < ($1.time ?? CaseTime(secondsSinceEpoch: 0)) }
    }

    func isBeyond(_ x: Double, _ limit: Double, low: Bool) -> Bool {
        low ? (inclusive ? x <= limit : x < limit) : (inclusive ? x >= limit : x > limit)
    }

    func hit(_ v: TimedValue, _ limit: Limit, _ comparison: String) -> RuleHit {
        RuleHit(time: v.time, value: v.formatted, threshold: limit.text, numericValue: v.value, numericThreshold: limit.value,
                location: v.location, fields: ["parameter": series.displayName, "comparison": comparison])
    }
}
