import PerfusioCore

/// The perfusion chart as on the paper record: a shared time axis with the phases shaded, event lines across
/// every panel, stacked panels with fixed clinical axes, and findings marked where they happened. Plain SVG,
/// no script; titles and a description for screen readers; dash patterns and marker shapes for black-and-white print.
///
/// ```swift
/// let svg = PerfusionChart().svg(for: record, findings: diagnostics)
/// ```
/// Every series is downsampled to at most ``maxPointsPerSeries`` points (largest-triangle-three-buckets), so a
/// record captured at one reading per second for eight hours draws as quickly as a typed one. Output is
/// deterministic: the same record gives the same bytes.
public struct PerfusionChart: Sendable {
    /// The most points drawn for one series.
    public static let maxPointsPerSeries = 300

    /// Width of the SVG's coordinate system; text sizes are chosen for it at A4 or Letter width.
    let width = 760.0
    let plotLeft = 58.0
    let plotRight = 708.0
    let panelHeight = 92.0
    let panelTitle = 14.0
    let panelGap = 12.0
    let laneRow = 12.0

    public init() {}

    /// The chart of `record` as an SVG element (no XML declaration, ready to inline in HTML).
    /// - Parameters:
    ///   - findings: diagnostics to mark; those with a `finding.time` are drawn, numbered by their place in this list.
    ///   - figures: the record's derived figures (BSA, DO2i, phases); derived here when nil.
    ///   - idPrefix: prefix for ids inside the SVG, so several charts can share a page.
    public func svg(for record: PerfusionCase, figures: CaseFigures? = nil, findings: [Diagnostic] = [],
                    idPrefix: String = "chart") -> String {
        svg(for: record, figures: figures, findings: findings, idPrefix: idPrefix, columns: ReadingColumns.ofLargeRecord(record))
    }

    /// As ``svg(for:figures:findings:idPrefix:)``, reading series from `columns` (the record's, shared with its
    /// figures and rules).
    package func svg(for record: PerfusionCase, figures: CaseFigures?, findings: [Diagnostic], idPrefix: String,
                     columns: ReadingColumns?) -> String {
        let context = ChartContext(figures: figures ?? CaseFigures(record: record, columns: columns), record: record,
                                   columns: columns)
        return ChartSVGWriter.write(drawing(for: record, findings: findings, context: context, idPrefix: idPrefix))
    }

    /// The chart as a standalone SVG file: an XML declaration, then the SVG element.
    public func document(for record: PerfusionCase, figures: CaseFigures? = nil, findings: [Diagnostic] = []) -> String {
        document(for: record, figures: figures, findings: findings, columns: ReadingColumns.ofLargeRecord(record))
    }

    /// As ``document(for:figures:findings:)``, reading series from `columns` (the record's).
    package func document(for record: PerfusionCase, figures: CaseFigures?, findings: [Diagnostic],
                          columns: ReadingColumns?) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + svg(for: record, figures: figures, findings: findings, idPrefix: "chart", columns: columns)
    }

    func drawing(for record: PerfusionCase, findings: [Diagnostic], context: ChartContext, idPrefix: String) -> ChartDrawing {
        let scale = timeScale(for: record, context: context)
        let phases = context.phases.map { phaseBand($0, scale) }
        let events = eventLabels(ChartMarker.markers(for: record), scale: scale, top: 22)
        let laneBottom = (events.map(\.y).max() ?? 22) + 8
        var top = laneBottom
        var panels: [PanelDrawing] = []
        var laidOut: [LaidOutPanel] = []
        // A captured record's panels take their values on all cores at once (in panel order all the same).
        let specs = PanelSpec.standard(kind: record.header.kind, context: context)
        let panelData = ConcurrentMap.map(specs, concurrently: record.readings.count >= ConcurrentMap.minimumReadings) { spec in
            spec.series.map { (spec: $0, values: values(of: $0.source, in: record, context: context)) }
                .filter { !$0.values.isEmpty }
        }
        for (spec, data) in zip(specs, panelData) {
            guard !data.isEmpty else { continue }
            panels.append(panel(spec, data: data, top: top + panelTitle, scale: scale))
            laidOut.append(LaidOutPanel(spec: spec, top: top + panelTitle, data: data))
            top += panelTitle + panelHeight + panelGap
        }
        let marks = findingMarks(findings, scale: scale, laidOut: laidOut)
        let findingLaneY: Double? = marks.isEmpty ? nil : top + 4
        let axisY = top + (marks.isEmpty ? 0 : 18)
        return ChartDrawing(
            width: width, height: axisY + 26, idPrefix: idPrefix, title: "Perfusion chart, case \(record.header.caseID)",
            summary: summary(record, scale: scale, phases: phases, panels: panels, events: events.count, findings: marks.count),
            plotLeft: plotLeft, plotRight: plotRight, phases: phases, laneTop: 22, events: events, panels: panels,
            findingLaneY: findingLaneY, findings: marks, axisY: axisY, ticks: scale.ticks)
    }

    /// A scale from the first to the last timed thing in the record.
    func timeScale(for record: PerfusionCase, context: ChartContext) -> TimeScale {
        var times = record.events.map(\.time) + record.readings.map(\.time) + context.oxygenDeliveryIndex.map(\.time)
        times += context.phases.flatMap { [$0.start] + ($0.end.map { [$0] } ?? []) }
        let fallback = CaseTime(date: record.header.date, time: TimeOfDay(secondsSinceMidnight: 0))
        let first = times.min() ?? fallback
        return TimeScale(first: first, last: times.max() ?? first.adding(seconds: 3600), left: plotLeft, width: plotRight - plotLeft)
    }

    func phaseBand(_ phase: ChartPhase, _ scale: TimeScale) -> PhaseBand {
        let end = phase.end ?? scale.end
        let title = "\(phase.kind.displayName) \(phase.start.timeOfDay)–" + (phase.end.map { "\($0.timeOfDay)" } ?? "(not closed)")
        return PhaseBand(kind: phase.kind, x0: scale.x(phase.start), x1: scale.x(end), title: title)
    }

    /// Event labels in up to four rows, each placed in the first row where it does not overlap the one before.
    func eventLabels(_ markers: [ChartMarker], scale: TimeScale, top: Double) -> [EventLabel] {
        var rowEnds: [Double] = []
        return markers.map { marker in
            let x = scale.x(marker.time), w = Double(marker.label.count) * 5.4 + 4
            let anchorEnd = x + w > width - 2
            let left = anchorEnd ? x - w : x
            var row = rowEnds.firstIndex { $0 < left } ?? rowEnds.count
            if row >= 4 { row = rowEnds.indices.min { rowEnds[$0] < rowEnds[$1] } ?? 0 }
            if row == rowEnds.count { rowEnds.append(0) }
            rowEnds[row] = left + w
            return EventLabel(x: x, y: top + laneRow * Double(row + 1), label: marker.label, title: marker.title,
                              anchorEnd: anchorEnd)
        }
    }
}
