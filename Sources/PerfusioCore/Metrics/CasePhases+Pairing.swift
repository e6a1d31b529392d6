extension CasePhases {
    /// Pairs opening and closing events in time order into intervals.
    static func pair(_ events: [CaseEvent], open: EventKind, close: EventKind) -> [CaseInterval] {
        var out: [CaseInterval] = []
        var current: CaseEvent?
        for event in events {
            if event.kind == open, current == nil {
                current = event
            } else if event.kind == close, let start = current {
                out.append(CaseInterval(start: start.time, end: event.time, startLocation: start.origin?.location,
                                        endLocation: event.origin?.location))
                current = nil
            }
        }
        if let start = current { out.append(CaseInterval(start: start.time, end: nil, startLocation: start.origin?.location)) }
        return out
    }

    /// From each `kind` event inside a run to the end of that run, or to the next `stopAt` event in the run.
    static func startToRunEnd(_ events: [CaseEvent], kind: EventKind, runs: [CaseInterval], stopAt: Set<EventKind>) -> [CaseInterval] {
        runs.compactMap { run in
            guard let start = events.first(where: { $0.kind == kind && run.contains($0.time) }) else { return nil }
            let stop = events.first { stopAt.contains($0.kind) && $0.time > start.time && run.contains($0.time) }
            return CaseInterval(start: start.time, end: stop?.time ?? run.end, startLocation: start.origin?.location,
                                endLocation: stop?.origin?.location ?? run.endLocation)
        }
    }

    /// Cerebral perfusion intervals: explicit start/end events, else arrests whose start names a cerebral
    /// perfusion route (antegrade, retrograde, both).
    static func cerebralPerfusion(_ events: [CaseEvent], arrests: [CaseInterval]) -> [CaseInterval] {
        let explicit = pair(events, open: .cerebralPerfusionStart, close: .cerebralPerfusionEnd)
        let implied = arrests.filter { arrest in
            let start = events.first { $0.kind == .circulatoryArrestStart && $0.time == arrest.start }
            guard let route = start?.details.cerebralPerfusion, route != .none else { return false }
            return !explicit.contains { $0.overlapSeconds(with: arrest) > 0 }
        }
        return (explicit + implied).sorted { $0.start < $1.start }
    }

    /// Off-bypass stretches after each run: to the next run's start, or open after the last.
    static func gaps(after runs: [CaseInterval]) -> [CaseInterval] {
        runs.enumerated().compactMap { index, run in
            guard let end = run.end else { return nil }
            let next = index + 1 < runs.count ? runs[index + 1].start : nil
            return CaseInterval(start: end, end: next, startLocation: run.endLocation)
        }
    }
}
