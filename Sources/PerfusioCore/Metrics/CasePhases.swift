/// The phases of a case, derived once from its events and shared by figures and rules.
///
/// ```swift
/// let phases = CasePhases(record)
/// phases.bypassRuns.totalMinutes        // 109 for adult-cabg.md
/// phases.phases(at: reading.time)       // [.bypass, .fullFlow, .crossClamp, .cooling]
/// ```
/// Events pair up in time order: an `on` opens an interval, the next `off` closes it. An `off` with nothing
/// open, or a second `on` while one is open, is ignored here (``RecordConsistency`` reports it). An interval
/// whose closing event is missing stays open (no duration).
public struct CasePhases: Hashable, Sendable, Codable {
    /// CPB runs: several runs add up (back on bypass is a second run).
    public var bypassRuns: [CaseInterval]
    /// Full-flow windows: each run from `CPB on` to the first of weaning started / `CPB off`, minus arrests.
    public var fullFlow: [CaseInterval]
    /// Weaning windows: weaning started to `CPB off`.
    public var weaning: [CaseInterval]
    public var crossClamps: [CaseInterval]
    public var circulatoryArrests: [CaseInterval]
    /// Selective cerebral perfusion: explicit start/end events, or an arrest whose start names cerebral perfusion.
    public var cerebralPerfusion: [CaseInterval]
    public var cooling: [CaseInterval]
    public var rewarming: [CaseInterval]
    public var ecmoRuns: [CaseInterval]

    /// Derives the phases of `record` from its events.
    public init(_ record: PerfusionCase) {
        let events = record.events.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element)
        bypassRuns = CasePhases.pair(events, open: .bypassOn, close: .bypassOff)
        crossClamps = CasePhases.pair(events, open: .crossClampOn, close: .crossClampOff)
        circulatoryArrests = CasePhases.pair(events, open: .circulatoryArrestStart, close: .circulatoryArrestEnd)
        ecmoRuns = CasePhases.pair(events, open: .ecmoOn, close: .ecmoOff)
        let runs = bypassRuns
        weaning = runs.compactMap { run in
            events.first { $0.kind == .weaningStart && run.contains($0.time) }.map {
                CaseInterval(start: $0.time, end: run.end, startLocation: $0.origin?.location, endLocation: run.endLocation)
            }
        }
        let weaningStarts = weaning
        fullFlow = runs.map { run in
            guard let w = weaningStarts.first(where: { run.contains($0.start) }) else { return run }
            return CaseInterval(start: run.start, end: w.start, startLocation: run.startLocation, endLocation: w.startLocation)
        }.subtracting(circulatoryArrests)
        cerebralPerfusion = CasePhases.cerebralPerfusion(events, arrests: circulatoryArrests)
        rewarming = CasePhases.startToRunEnd(events, kind: .rewarmingStart, runs: runs, stopAt: [])
        cooling = CasePhases.startToRunEnd(events, kind: .coolingStart, runs: runs, stopAt: [.rewarmingStart])
    }

    /// The phases `time` falls in.
    public func phases(at time: CaseTime) -> Set<CasePhase> {
        var set: Set<CasePhase> = []
        let onBypass = bypassRuns.containsTime(time)
        if onBypass { set.insert(.bypass) }
        if let first = bypassRuns.first, time < first.start { set.insert(.preBypass) }
        if !onBypass, let first = bypassRuns.first, time >= first.start { set.insert(.postBypass) }
        let table: [(CasePhase, [CaseInterval])] = [
            (.fullFlow, fullFlow), (.weaning, weaning), (.crossClamp, crossClamps),
            (.circulatoryArrest, circulatoryArrests), (.cerebralPerfusion, cerebralPerfusion),
            (.cooling, cooling), (.rewarming, rewarming), (.ecmo, ecmoRuns),
        ]
        for (phase, intervals) in table where intervals.containsTime(time) { set.insert(phase) }
        return set
    }

    /// True when `time` falls in `phase`: the same answer as `phases(at: time).contains(phase)`, without building
    /// the set (the rules ask it once per reading, a reading a second in a captured record).
    public func contains(_ phase: CasePhase, at time: CaseTime) -> Bool {
        switch phase {
        case .preBypass: if let first = bypassRuns.first { time < first.start } else { false }
        case .postBypass: if let first = bypassRuns.first { time >= first.start && !bypassRuns.containsTime(time) } else { false }
        default: intervals(of: phase).containsTime(time)
        }
    }

    /// True on full-flow bypass at `time` (DOMAIN.md §0).
    public func isFullFlow(at time: CaseTime) -> Bool { fullFlow.containsTime(time) }

    /// The intervals of one phase. Pre- and post-bypass are derived from the runs; nil for those without runs.
    public func intervals(of phase: CasePhase) -> [CaseInterval] {
        switch phase {
        case .bypass: bypassRuns
        case .fullFlow: fullFlow
        case .weaning: weaning
        case .crossClamp: crossClamps
        case .circulatoryArrest: circulatoryArrests
        case .cerebralPerfusion: cerebralPerfusion
        case .cooling: cooling
        case .rewarming: rewarming
        case .ecmo: ecmoRuns
        case .preBypass: bypassRuns.first.map { [CaseInterval(start: CaseTime(secondsSinceEpoch: .min / 2), end: $0.start)] } ?? []
        case .postBypass: CasePhases.gaps(after: bypassRuns)
        }
    }
}
