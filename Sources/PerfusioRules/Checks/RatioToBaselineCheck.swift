import PerfusioCore

/// `kind: ratio-to-baseline`: a value rising to a multiple of its own baseline (DOMAIN.md §2.6: oxygenator
/// pressure drop relative to the device's baseline; a sustained doubling is a common trigger).
///
/// ```yaml
/// check: { kind: ratio-to-baseline, parameter: oxygenator_pressure_drop, ratio: 2, reset_on: [circuit-change] }
/// ```
/// The baseline is the first value, and again the first value after each `reset_on` event (a new oxygenator).
/// Consecutive readings at or above ratio × baseline make one finding, at the highest. Flow is not matched.
struct RatioToBaselineCheck: RuleCheck {
    static let placeholders: Set<String> = ["parameter", "baseline", "ratio", "baseline_time"]
    var series: SeriesName
    var ratio: Double
    var resetOn: [EventKind]

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(["kind", "parameter", "ratio", "reset_on"])
        series = try fields.series()
        ratio = try fields.requiredNumber("ratio")
        resetOn = try fields.words("reset_on", EventKind.self) ?? []
    }

    func evaluate(_ context: RuleContext, _ rule: Rule) -> [RuleHit] {
        let resets = context.record.events.filter { resetOn.contains($0.kind) }.map(\.time)
        let values = context.series(series).filter { rule.applies.applies(at: $0.time, in: context) }
        var segments: [[TimedValue]] = [[]]
        for v in values {
            if let last = segments.last?.last, resets.contains(where: { last.time < $0 && $0 <= v.time }) { segments.append([]) }
            segments[segments.count - 1].append(v)
        }
        return segments.flatMap { segment -> [RuleHit] in
            guard let baseline = segment.first, baseline.value > 0 else { return [] }
            let limit = baseline.value * ratio
            return Episodes.group(segment, applies: { _ in true }) { $0.value >= limit }
                .compactMap { $0.max { $0.value < $1.value } }
                .map { worst in
                    let threshold = TimedValue(time: baseline.time, value: limit, unit: baseline.unit, fractionDigits: baseline.fractionDigits)
                    return RuleHit(time: worst.time, value: worst.formatted, threshold: threshold.formatted, numericValue: worst.value,
                                   numericThreshold: limit, location: worst.location, related: [baseline.location].compactMap { $0 },
                                   fields: ["parameter": series.displayName, "baseline": baseline.formatted,
                                            "ratio": NumberFormatting.trimmed(ratio), "baseline_time": context.text(baseline.time)])
                }
        }
    }
}
