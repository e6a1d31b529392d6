import PerfusioCore

/// What the chart draws that is derived rather than read: BSA, target flow band, DO2i, phases.
struct ChartContext: Sendable {
    /// Body surface area in m²; when set, flow is drawn as a flow index (comparable across patient sizes).
    var bodySurfaceArea: Double?
    /// The target flow index band in L/min/m², drawn behind the flow index.
    var targetFlowIndex: ClosedRange<Double>?
    /// Oxygen delivery index values (mL/min/m²) at their reading times.
    var oxygenDeliveryIndex: [TimedValue] = []
    var phases: [ChartPhase] = []
    /// The record's cells by parameter when it is a captured one (its series then walk only their own cells).
    var columns: ReadingColumns?

    /// The adult normothermic flow index range, 2.2–2.4 L/min/m² (DOMAIN.md §1.2, EACTS-2019); the upper end
    /// follows the metrics' cardiac index when that is set higher.
    static func targetBand(_ figures: CaseFigures, record: PerfusionCase) -> ClosedRange<Double>? {
        guard record.header.kind.isBypass, (record.patientAgeYears ?? 18) >= 18, figures.bodySurfaceArea != nil else { return nil }
        return 2.2...max(2.2, figures.options.cardiacIndex)
    }

    /// The context of `record` from its derived figures. DO2i is drawn on full-flow bypass only: the thresholds
    /// were derived there, and during weaning pump flow is partial (DOMAIN.md §0).
    init(figures: CaseFigures, record: PerfusionCase, columns: ReadingColumns? = nil) {
        bodySurfaceArea = figures.bodySurfaceArea?.squareMetres
        targetFlowIndex = Self.targetBand(figures, record: record)
        oxygenDeliveryIndex = figures.oxygenDelivery.compactMap { d in
            guard d.isFullFlow, let v = d.deliveryIndex else { return nil }
            return TimedValue(time: d.time, value: v, unit: "mL/min/m²")
        }
        phases = ChartPhase.phases(of: figures.phases)
        self.columns = columns
    }

    init(bodySurfaceArea: Double? = nil, targetFlowIndex: ClosedRange<Double>? = nil,
         oxygenDeliveryIndex: [TimedValue] = [], phases: [ChartPhase] = []) {
        self.bodySurfaceArea = bodySurfaceArea
        self.targetFlowIndex = targetFlowIndex
        self.oxygenDeliveryIndex = oxygenDeliveryIndex
        self.phases = phases
    }
}
