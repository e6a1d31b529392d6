import PerfusioCore

/// A panel's spec, position and source values, kept to place finding rings.
struct LaidOutPanel {
    var spec: PanelSpec
    var top: Double
    var data: [(spec: SeriesSpec, values: [TimedValue])]

    /// The panel with each series' values stably sorted by time (readings at one time keep their order), so
    /// ``PerfusionChart/value(at:near:in:)`` can search them.
    func inTimeOrder() -> LaidOutPanel {
        var copy = self
        copy.data = data.map { item in
            let sorted = zip(item.values, item.values.dropFirst()).allSatisfy { $0.time <= $1.time }
            return sorted ? item : (item.spec, item.values.enumerated()
                .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element))
        }
        return copy
    }
}

extension PerfusionChart {
    /// Numbered marks for the findings with a time inside the chart; the number is the finding's place in `findings`.
    /// A finding whose value matches a reading at its time also rings that reading in its panel.
    func findingMarks(_ findings: [Diagnostic], scale: TimeScale, laidOut: [LaidOutPanel]) -> [FindingMark] {
        let laidOut = laidOut.map { $0.inTimeOrder() }
        return findings.enumerated().compactMap { index, diagnostic in
            guard let time = diagnostic.finding?.time, time >= scale.start, time <= scale.end else { return nil }
            let value = diagnostic.finding?.value.map { " (\($0))" } ?? ""
            let title = "Finding \(index + 1) at \(time.timeOfDay): \(diagnostic.message)\(value) [\(diagnostic.id)]"
            let ring = diagnostic.finding?.numericValue.flatMap { ringPoint(time: time, value: $0, scale: scale, laidOut: laidOut) }
            return FindingMark(x: scale.x(time), number: index + 1, title: title, ring: ring)
        }
    }

    /// The drawn position of the first reading at `time` whose value is `value` (to 0.5 %).
    func ringPoint(time: CaseTime, value: Double, scale: TimeScale, laidOut: [LaidOutPanel]) -> (x: Double, y: Double)? {
        for panel in laidOut {
            for (spec, values) in panel.data {
                guard let match = Self.value(at: time, near: value, in: values) else { continue }
                let axis = spec.onSecondaryAxis ? (panel.spec.secondaryAxis ?? panel.spec.axis) : panel.spec.axis
                let y = panel.top + panelHeight - axis.fraction(match.value) * panelHeight
                return (scale.x(time), min(max(y, panel.top), panel.top + panelHeight))
            }
        }
        return nil
    }

    /// The first of `values` (sorted by time) at `time` within 0.5 % of `value`: a binary search to the time, so a
    /// long capture with many findings is not scanned once per finding.
    static func value(at time: CaseTime, near value: Double, in values: [TimedValue]) -> TimedValue? {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle].time < time { low = middle + 1 } else { high = middle }
        }
        let tolerance = max(abs(value) * 0.005, 0.001)
        return values[low...].prefix { $0.time == time }.first { abs($0.value - value) <= tolerance }
    }

    /// The chart's description for screen readers: span, phases, panels with their scales, counts of marks.
    func summary(_ record: PerfusionCase, scale: TimeScale, phases: [PhaseBand], panels: [PanelDrawing],
                 events: Int, findings: Int) -> String {
        var parts = ["From \(scale.start) to \(scale.end)."]
        if !phases.isEmpty { parts.append("Shaded: " + phases.map(\.title).joined(separator: "; ") + ".") }
        for panel in panels {
            let names = panel.series.map(\.name).joined(separator: ", ")
            let range = "\(panel.ticks.first?.label ?? "")–\(panel.ticks.last?.label ?? "") \(panel.unit)"
            parts.append("\(panel.title): \(names); fixed scale \(range).")
        }
        parts.append("\(events) events and \(findings) findings marked.")
        return parts.joined(separator: " ")
    }
}
