import Foundation
import PerfusioCore
import PerfusioYAML

/// `kind: threshold`: a parameter or per-reading figure below or above a limit (or outside both).
///
/// ```yaml
/// check: { kind: threshold, parameter: map, below: 50, unit: mmHg }
/// check: { kind: threshold, parameter: pco2, below: 35, above: 45, unit: mmHg }   # outside 35–45
/// ```
/// Consecutive readings beyond the limit make one finding, at the worst value. Recorded values compare at the
/// precision written (98.6 °F is 37.0 °C, not above 37.0). `inclusive: true` fires at the limit itself.
/// `below_by_weight` takes the lower limit from a weight table instead (DOMAIN.md §1.2, paediatric flows):
/// ```yaml
/// check: { kind: threshold, parameter: flow_per_kg, below_by_weight: [{ weight_below_kg: 3, below: 150 }, { below: 75 }] }
/// ```
/// The first row whose `weight_below_kg` exceeds the patient's weight (or that has none) applies; no weight, no check.
struct ThresholdCheck: RuleCheck {
    static let placeholders: Set<String> = ["parameter", "comparison"]
    var series: SeriesName
    var below: Limit?
    var above: Limit?
    var inclusive: Bool
    /// Lower limits by weight: (weight below, kg; limit), in order.
    var belowByWeight: [(weightBelow: Double?, limit: Limit)]

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(["kind", "parameter", "below", "above", "unit", "inclusive", "below_by_weight"])
        let series = try fields.series()
        self.series = series
        let unit = try fields.unit()
        below = try Limit.read("below", fields, unit: unit, series: series)
        above = try Limit.read("above", fields, unit: unit, series: series)
        inclusive = try fields.bool("inclusive") ?? false
        let rows: [YAMLValue] = try fields["below_by_weight"].map { value in
            guard let items = value.items else { throw fields.invalid("below_by_weight", "a list of rows", value) }
            return items
        } ?? []
        belowByWeight = try rows.map { row in
            let r = try YAMLFields(row, what: "a `below_by_weight` row of \(fields.what)")
            try r.allowOnly(["weight_below_kg", "below"])
            _ = try r.required("below")
            return (try r.number("weight_below_kg"), try Limit.read("below", r, unit: unit, series: series)!)
        }
        if below == nil && above == nil && belowByWeight.isEmpty {
            throw RuleFileError(RulesDiagnostics.missingKey("\(fields.what) needs `below` or `above`", at: fields.location))
        }
    }

    func evaluate(_ context: RuleContext, _ rule: Rule) -> [RuleHit] {
        let values = context.series(series)
        let applies = { (v: TimedValue) in rule.applies.applies(at: v.time, in: context) }
        var hits: [RuleHit] = []
        let weight = context.record.patient.weightKilograms
        let byWeight = weight.flatMap { kg in belowByWeight.first { $0.weightBelow.map { kg < $0 } ?? true }?.limit }
        if let below = below ?? byWeight {
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
        // A derived value shown at its usual precision must not read as the limit itself (271.6 is not "272").
        var shown = v
        let scale = { (d: Int) in pow(10, Double(d)) }
        while shown.fractionDigits < 3,
              !isBeyond((v.value * scale(shown.fractionDigits)).rounded() / scale(shown.fractionDigits), limit.value, low: comparison == "below") {
            shown.fractionDigits += 1
        }
        return RuleHit(time: v.time, value: shown.formatted, threshold: limit.text, numericValue: v.value, numericThreshold: limit.value,
                location: v.location, fields: ["parameter": series.displayName, "comparison": comparison])
    }
}
