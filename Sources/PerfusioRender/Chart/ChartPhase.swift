import PerfusioCore

/// A span of the case shaded on the chart: bypass, cross-clamp, circulatory arrest, ECMO support.
public struct ChartPhase: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case bypass, crossClamp = "cross-clamp", circulatoryArrest = "arrest", support

        /// The name in the legend.
        public var displayName: String {
            switch self {
            case .bypass: "Bypass"
            case .crossClamp: "Cross-clamp"
            case .circulatoryArrest: "Circulatory arrest"
            case .support: "Support"
            }
        }
    }

    public var kind: Kind
    public var start: CaseTime
    /// Nil when the record never closes the span (it then runs to the chart's end).
    public var end: CaseTime?

    public init(kind: Kind, start: CaseTime, end: CaseTime?) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// The phases a record's events mark: each opening event starts a span, the matching closing event ends it.
    /// An opening while one is open and a closing with none open are ignored (the timeline checks report them).
    static func derive(from events: [CaseEvent]) -> [ChartPhase] {
        let pairs: [(EventKind, EventKind, Kind)] = [
            (.bypassOn, .bypassOff, .bypass), (.perfusionStart, .perfusionEnd, .bypass),
            (.ecmoOn, .ecmoOff, .support), (.crossClampOn, .crossClampOff, .crossClamp),
            (.circulatoryArrestStart, .circulatoryArrestEnd, .circulatoryArrest),
        ]
        var phases: [ChartPhase] = []
        for (on, off, kind) in pairs {
            var open: CaseTime?
            for event in events {
                if event.kind == on, open == nil { open = event.time }
                if event.kind == off, let start = open {
                    phases.append(ChartPhase(kind: kind, start: start, end: event.time))
                    open = nil
                }
            }
            if let open { phases.append(ChartPhase(kind: kind, start: open, end: nil)) }
        }
        return phases
    }
}
