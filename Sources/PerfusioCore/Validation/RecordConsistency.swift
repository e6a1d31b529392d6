/// Consistency checks over a read record's timeline, used by `perfusio validate`.
///
/// ```swift
/// let diagnostics = RecordConsistency.check(record)   // [Diagnostic], located at the events' origins
/// ```
/// The checks: events written out of time order (warning); an end without a start, a start repeated while open,
/// a start never ended; cross-clamp or circulatory arrest outside bypass; no ACT before `CPB on` on a bypass
/// case; weaning off bypass and cardioplegia with the clamp off (warnings). Ids in ``ConsistencyDiagnostics``.
public enum RecordConsistency {
    /// Every consistency diagnostic of `record`, in the order the checks run.
    public static func check(_ record: PerfusionCase) -> [Diagnostic] {
        let events = record.events.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element)
        var out = outOfOrder(record.events)
        for pair in EventPair.all { out += pairing(events, pair) }
        let phases = CasePhases(record)
        out += containment(events, phases: phases)
        if record.header.kind.isBypass { out += actBeforeBypass(record, phases: phases) }
        return out
    }

    /// Events whose time is earlier than the event written before them (by their lines in the input).
    static func outOfOrder(_ events: [CaseEvent]) -> [Diagnostic] {
        let written = events.filter { $0.origin?.location != nil }.enumerated()
            .sorted { ($0.element.origin!.location!.line, $0.offset) < ($1.element.origin!.location!.line, $1.offset) }
            .map(\.element)
        var out: [Diagnostic] = []
        var latest: CaseEvent?
        for event in written {
            if let previous = latest, event.time < previous.time {
                out.append(diagnostic(ConsistencyDiagnostics.order,
                    "\(describe(event)) is written after \(describe(previous)): the times are out of order", at: event, relatedTo: previous))
            } else {
                latest = event
            }
        }
        return out
    }

    /// No ACT before the first `CPB on` of a bypass case.
    static func actBeforeBypass(_ record: PerfusionCase, phases: CasePhases) -> [Diagnostic] {
        guard let first = phases.bypassRuns.first else { return [] }
        let acts = ParameterSeries.values(.act, in: record).filter { $0.time <= first.start }
        guard acts.isEmpty else { return [] }
        return [ConsistencyDiagnostics.actMissing(
            "no ACT is recorded before CPB on at \(first.start.timeOfDay): anticoagulation must be confirmed before bypass",
            at: first.startLocation)]
    }

    /// A diagnostic of `code` at `event`'s line, relating `other`'s.
    static func diagnostic(_ code: DiagnosticCode, _ message: String, at event: CaseEvent, relatedTo other: CaseEvent? = nil) -> Diagnostic {
        var d = code(message, at: event.origin?.location)
        d.related = [other?.origin?.location].compactMap { $0 }
        return d
    }

    /// `CPB on at 08:55`.
    static func describe(_ event: CaseEvent) -> String { "\(event.kind.displayName) at \(event.time.timeOfDay)" }
}
