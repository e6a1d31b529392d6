import PerfusioCore

/// A span of the case shaded on the chart: bypass, cross-clamp, circulatory arrest, ECMO support.
struct ChartPhase: Hashable, Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case bypass, support, crossClamp = "cross-clamp", circulatoryArrest = "arrest"

        /// The name in the legend.
        var displayName: String {
            switch self {
            case .bypass: "Bypass"
            case .support: "ECMO"
            case .crossClamp: "Cross-clamp"
            case .circulatoryArrest: "Circulatory arrest"
            }
        }
    }

    var kind: Kind
    var start: CaseTime
    /// Nil when the record never closes the span (it then runs to the chart's end).
    var end: CaseTime?

    /// The shaded spans of a case's phases, broad ones first so narrower ones draw over them.
    static func phases(of phases: CasePhases) -> [ChartPhase] {
        let table: [(Kind, [CaseInterval])] = [
            (.bypass, phases.bypassRuns), (.support, phases.ecmoRuns),
            (.crossClamp, phases.crossClamps), (.circulatoryArrest, phases.circulatoryArrests),
        ]
        return table.flatMap { kind, intervals in intervals.map { ChartPhase(kind: kind, start: $0.start, end: $0.end) } }
    }
}
