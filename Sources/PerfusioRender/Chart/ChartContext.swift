import PerfusioCore

/// Figures the chart draws that are derived from the record rather than read from it.
public struct ChartContext: Sendable {
    /// Body surface area in m²; when set, flow is drawn as a flow index (comparable across patient sizes).
    public var bodySurfaceArea: Double?
    /// The target flow index band in L/min/m², drawn behind the flow index.
    public var targetFlowIndex: ClosedRange<Double>?
    /// Oxygen delivery index values (mL/min/m²) at their reading times.
    public var oxygenDeliveryIndex: [TimedValue]
    /// Phases to shade; nil derives them from the record's events.
    public var phases: [ChartPhase]?

    public init(bodySurfaceArea: Double? = nil, targetFlowIndex: ClosedRange<Double>? = nil,
                oxygenDeliveryIndex: [TimedValue] = [], phases: [ChartPhase]? = nil) {
        self.bodySurfaceArea = bodySurfaceArea
        self.targetFlowIndex = targetFlowIndex
        self.oxygenDeliveryIndex = oxygenDeliveryIndex
        self.phases = phases
    }
}

/// A value at a moment.
public struct TimedValue: Hashable, Sendable {
    public var time: CaseTime
    public var value: Double
    public init(time: CaseTime, value: Double) {
        self.time = time
        self.value = value
    }
}
