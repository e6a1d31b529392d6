/// The chart laid out in SVG coordinates, before it is written: what the tests measure and the writer draws.
struct ChartDrawing: Sendable {
    var width: Double
    var height: Double
    /// Prefix for ids inside the SVG, unique within one HTML page.
    var idPrefix: String
    var title: String
    var summary: String
    var plotLeft: Double
    var plotRight: Double
    var phases: [PhaseBand]
    var laneTop: Double
    var events: [EventLabel]
    var panels: [PanelDrawing]
    var findingLaneY: Double?
    var findings: [FindingMark]
    var axisY: Double
    var ticks: [TimeTick]

    /// Top and bottom of the area the phases and event lines cover.
    var panelsTop: Double { panels.first?.top ?? laneTop }
    var panelsBottom: Double { panels.last.map { $0.top + $0.height } ?? axisY }
}

struct PhaseBand: Sendable {
    var kind: ChartPhase.Kind
    var x0: Double
    var x1: Double
    var title: String
}

struct EventLabel: Sendable {
    var x: Double
    var y: Double
    var label: String
    var title: String
    /// True when the label is drawn to the left of its line (near the right edge).
    var anchorEnd: Bool
}

struct FindingMark: Sendable {
    var x: Double
    var number: Int
    var title: String
    /// The reading the finding is about, ringed in its panel, when one matches.
    var ring: (x: Double, y: Double)?
}

struct PanelDrawing: Sendable {
    var id: String
    var title: String
    var top: Double
    var height: Double
    var ticks: [(y: Double, label: String)]
    var secondaryTicks: [(y: Double, label: String)]
    var unit: String
    var secondaryUnit: String?
    var bands: [(y0: Double, y1: Double, label: String)]
    var thresholds: [(y: Double, label: String)]
    var series: [SeriesDrawing]
}

struct SeriesDrawing: Sendable {
    var name: String
    /// True when drawn against the panel's right-hand axis: the legend says so.
    var onSecondaryAxis: Bool
    var style: SeriesStyle
    /// The points drawn, at most the chart's bound; y clamped to the panel.
    var points: [ChartPoint]
    /// Points that get a marker shape (all of a sparse series, a sample of a dense one).
    var markerPoints: [ChartPoint]
    var offScale: [OffScaleMark]
    /// How many values the record held before downsampling.
    var sourceCount: Int
}

struct OffScaleMark: Sendable {
    var x: Double
    var y: Double
    var isAbove: Bool
    var title: String
}
