import PerfusioCore
import PerfusioRender

/// What `dashboard/html.mustache` sees: counts, medians, measure shares, charts (SVG our code made) and one row per
/// case linked to its report file.
public struct DashboardView: Sendable {
    public var title: String
    public var summary: String
    public var medians: [String]
    public var charts: [ChartView]
    public var measures: [MeasureView]
    public var measureHeaders: [String]
    public var cases: [CaseRowView]
    public var leftOut: [String]
    public var hasLeftOut: Bool

    /// - Parameter reportFile: the report file name of a case (`SEC-2026-0412-report.html`), as `perfusio report` names it.
    public init(_ d: QualityDashboard, reportFile: (QualityDashboard.Case) -> String) {
        title = "Perfusion quality dashboard"
        let cpb = d.cases.filter { $0.kind == .cpb }.count
        summary = "\(d.cases.count) cases (\(cpb) CPB) from \(d.cases.count + d.leftOut.count) records"
        medians = [("CPB time", d.bypassMinutes), ("cross-clamp time", d.crossClampMinutes)].map { label, values in
            "Median \(label): " + (QualityDashboard.median(values).map { NumberFormatting.trimmed($0, maxDigits: 1) + " min" } ?? "—")
                + " (\(values.count) cases)"
        }
        let tallies = d.tallies
        measures = tallies.map(MeasureView.init)
        measureHeaders = QualityMeasure.allCases.map(\.rawValue)
        charts = Self.charts(d, tallies)
        cases = d.cases.map { CaseRowView($0, link: reportFile($0)) }
        leftOut = d.leftOut
        hasLeftOut = !leftOut.isEmpty
    }

    static func charts(_ d: QualityDashboard, _ tallies: [QualityDashboard.Tally]) -> [ChartView] {
        func counts(_ items: [(String, Int)]) -> [BarChart.Bar] { items.map { BarChart.Bar(label: $0.0, value: Double($0.1), text: "\($0.1)") } }
        let shares = tallies.map { t in
            BarChart.Bar(label: t.measure.title, value: (t.share ?? 0) * 100,
                         text: t.share.map { NumberFormatting.fixed($0 * 100, digits: 0) + " % of \(t.judged)" } ?? "no cases")
        }
        return [
            ChartView(caption: "Cases by kind", chart: BarChart(title: "Cases by kind",
                      bars: counts(d.countsByKind.map { ($0.0.displayName, $0.1) }), idPrefix: "kind")),
            ChartView(caption: "Cases by month", chart: BarChart(title: "Cases by month", bars: counts(d.countsByMonth), idPrefix: "month")),
            ChartView(caption: "CPB time", chart: BarChart(title: "CPB time distribution",
                      bars: counts(QualityDashboard.histogram(d.bypassMinutes)), idPrefix: "cpb")),
            ChartView(caption: "Cross-clamp time", chart: BarChart(title: "Cross-clamp time distribution",
                      bars: counts(QualityDashboard.histogram(d.crossClampMinutes)), idPrefix: "xc")),
            ChartView(caption: "Share of CPB cases meeting each measure", chart: BarChart(
                title: "Share of CPB cases meeting each quality measure", bars: shares, scaleMaximum: 100, idPrefix: "measures")),
        ]
    }
}

/// A chart with its caption; `chartSVG` is markup our own code made (the only unescaped value).
public struct ChartView: Sendable {
    public var caption: String
    public var chartSVG: String
    init(caption: String, chart: BarChart) {
        self.caption = caption
        chartSVG = chart.svg()
    }
}

/// One measure's line: title, source, met of judged, share.
public struct MeasureView: Sendable {
    public var id: String
    public var title: String
    public var source: String
    public var met: Int
    public var judged: Int
    public var percent: String
    init(_ t: QualityDashboard.Tally) {
        id = t.measure.rawValue
        title = t.measure.title
        source = t.measure.source
        met = t.met
        judged = t.judged
        percent = t.share.map { NumberFormatting.fixed($0 * 100, digits: 1) + " %" } ?? "—"
    }
}

/// One case's row, linked to its report file.
public struct CaseRowView: Sendable {
    public var caseID: String
    public var link: String
    public var file: String
    public var date: String
    public var kind: String
    public var bypass: String
    public var crossClamp: String
    /// One mark per measure, in ``QualityMeasure`` order: `✓`, `✗`, or `—` when not judged.
    public var marks: [String]
    init(_ c: QualityDashboard.Case, link: String) {
        caseID = c.caseID
        self.link = link
        file = c.file
        date = c.date.description
        kind = c.kind.displayName
        bypass = c.bypassMinutes.map { "\($0)" } ?? "—"
        crossClamp = c.crossClampMinutes.map { "\($0)" } ?? "—"
        marks = QualityMeasure.allCases.map { m in c.measures[m].map { $0 ? "✓" : "✗" } ?? "—" }
    }
}
