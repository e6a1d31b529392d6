import PerfusioCore

/// `kind: value-before-event`: the last value of a parameter at or before the first event of a kind must reach
/// a level (DOMAIN.md §2.4: ACT ≥ 480 s before initiating CPB).
///
/// ```yaml
/// check: { kind: value-before-event, parameter: act, event: bypass-on, at_least: 480, unit: s }
/// ```
/// No value at all before the event is a finding too, worded by `message_missing` (placeholders `{parameter}`,
/// `{event}`, `{time}`), at the event's line. A record without the event is not checked.
struct ValueBeforeEventCheck: RuleCheck {
    static let placeholders: Set<String> = ["parameter", "event"]
    var series: SeriesName
    var event: EventKind
    var atLeast: Limit?
    var atMost: Limit?
    var missingMessage: String

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(["kind", "parameter", "event", "at_least", "at_most", "unit", "message_missing"])
        series = try fields.series()
        event = try fields.requiredWord("event", EventKind.self)
        let unit = try fields.unit()
        atLeast = try Limit.read("at_least", fields, unit: unit, series: series)
        atMost = try Limit.read("at_most", fields, unit: unit, series: series)
        missingMessage = try fields.string("message_missing") ?? "no {parameter} recorded before {event} at {time}"
        try MessageTemplate.refuseUnknown(missingMessage, allowed: Self.placeholders, at: fields.location(of: "message_missing"),
                                          what: "`message_missing` of \(fields.what)")
    }

    func evaluate(_ context: RuleContext, _ rule: Rule) -> [RuleHit] {
        guard let target = context.record.events.filter({ $0.kind == event }).min(by: { $0.time < $1.time }) else { return [] }
        let fields = ["parameter": series.displayName, "event": event.displayName]
        guard let last = context.series(series).last(where: { $0.time <= target.time }) else {
            return [RuleHit(time: target.time, location: target.origin?.location, fields: fields, message: missingMessage)]
        }
        let value = Episodes.asRecorded(last, series)
        let limit = atLeast.flatMap { value < $0.value ? $0 : nil } ?? atMost.flatMap { value > $0.value ? $0 : nil }
        guard let limit else { return [] }
        return [RuleHit(time: last.time, value: last.formatted, threshold: limit.text, numericValue: last.value,
                        numericThreshold: limit.value, location: last.location, related: [target.origin?.location].compactMap { $0 },
                        fields: fields)]
    }
}
