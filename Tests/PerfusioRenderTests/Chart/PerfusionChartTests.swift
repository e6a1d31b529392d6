import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioRender

@Suite struct PerfusionChartTests {
    let chart = PerfusionChart()

    @Test func anEightHourCaptureDrawsABoundedNumberOfPointsPerSeries() throws {
        let record = RenderFixtures.capturedCase(count: 28_800)
        let drawing = chart.drawing(for: record, findings: [], context: ChartContext(), idPrefix: "c")
        let series = drawing.panels.flatMap(\.series)
        #expect(series.map(\.name) == ["MAP", "Flow", "T art", "T ven"])
        #expect(series.allSatisfy { $0.sourceCount == 28_800 && $0.points.count == PerfusionChart.maxPointsPerSeries })
        #expect(series.allSatisfy { $0.markerPoints.count <= 13 })
        let svg = chart.svg(for: record)
        let polylinePoints = try polylines(in: svg).map(\.count)
        #expect(polylinePoints == [300, 300, 300, 300])
        #expect(svg.utf8.count < 120_000)
    }

    @Test func theOneSecondSpikeSurvivesDownsampling() throws {
        let record = RenderFixtures.capturedCase(count: 28_800)
        let drawing = chart.drawing(for: record, findings: [], context: ChartContext(), idPrefix: "c")
        let map = try #require(drawing.panels.first?.series.first)
        let panel = try #require(drawing.panels.first)
        let spikeY = panel.top + panel.height - 110.0 / 120 * panel.height
        #expect(map.points.contains { abs($0.y - spikeY) < 0.01 })
    }

    @Test func phasesComeFromTheCasePhases() {
        let record = RenderFixtures.bypassCase()
        #expect(ChartPhase.phases(of: CasePhases(record)) == [
            ChartPhase(kind: .bypass, start: RenderFixtures.at(8, 52), end: RenderFixtures.at(10, 41)),
            ChartPhase(kind: .crossClamp, start: RenderFixtures.at(9, 1), end: RenderFixtures.at(10, 14)),
        ])
    }

    @Test func aPhaseNeverClosedRunsToTheEndOfTheChart() throws {
        var record = RenderFixtures.bypassCase()
        record.events.removeAll { $0.kind == .bypassOff }
        let drawing = chart.drawing(for: record, findings: [], context: ChartContext(figures: CaseFigures(record: record), record: record),
                                    idPrefix: "c")
        let bypass = try #require(drawing.phases.first)
        #expect(bypass.title == "Bypass 08:52–(not closed)")
        #expect(bypass.x1 == drawing.plotRight)
    }

    @Test func eventsGetShortLabelsAndFullTitles() {
        let labels = ChartMarker.markers(for: RenderFixtures.bypassCase()).map(\.label)
        #expect(labels == ["ACT 556", "CP1", "Phenyleph…", "DF 20 J"])
        #expect(ChartMarker.markers(for: RenderFixtures.bypassCase())[2].title == "09:36 Drug: Phenylephrine 100 mcg")
    }

    @Test func offScaleValuesAreMarkedAtTheEdge() throws {
        let drawing = chart.drawing(for: RenderFixtures.bypassCase(), findings: [], context: ChartContext(), idPrefix: "c")
        let pressure = try #require(drawing.panels.first { $0.id == "pressure" })
        let map = try #require(pressure.series.first)
        #expect(map.offScale.map(\.title) == ["MAP 130 mmHg at 10:05, off scale"])
        #expect(map.offScale.first?.y == pressure.top)
        #expect(map.points.last?.y == pressure.top)
    }

    @Test func glucoseInMillimolesIsDrawnOnTheMilligramAxis() throws {
        let drawing = chart.drawing(for: RenderFixtures.bypassCase(), findings: [], context: ChartContext(), idPrefix: "c")
        let metabolic = try #require(drawing.panels.first { $0.id == "metabolic" })
        let last = try #require(metabolic.series.first?.points.last)
        let expected = metabolic.top + metabolic.height - (10.2 * 18.016) / 300 * metabolic.height
        #expect(abs(last.y - expected) < 0.01)
    }

    @Test func findingsAreNumberedAndRingTheReadingTheyAreAbout() throws {
        let finding = Diagnostic(id: "adult.map.low", severity: .warning, message: "MAP below 50 mmHg",
                                 finding: Finding(time: RenderFixtures.at(9, 35), value: "48 mmHg", threshold: "50 mmHg",
                                                  numericValue: 48, numericThreshold: 50))
        let untimed = Diagnostic(id: "checklist.unticked", severity: .warning, message: "Item not ticked")
        let drawing = chart.drawing(for: RenderFixtures.bypassCase(), findings: [untimed, finding], context: ChartContext(), idPrefix: "c")
        #expect(drawing.findings.map(\.number) == [2])
        #expect(drawing.findings.first?.title == "Finding 2 at 09:35: MAP below 50 mmHg (48 mmHg) [adult.map.low]")
        let ring = try #require(drawing.findings.first?.ring)
        let pressure = try #require(drawing.panels.first { $0.id == "pressure" })
        #expect(abs(ring.y - (pressure.top + pressure.height - 48.0 / 120 * pressure.height)) < 0.01)
    }

    @Test func flowIsDrawnAsAnIndexAgainstItsTargetWhenTheBSAIsKnown() throws {
        let context = ChartContext(bodySurfaceArea: 2, targetFlowIndex: 2.2...2.4)
        let drawing = chart.drawing(for: RenderFixtures.bypassCase(), findings: [], context: context, idPrefix: "c")
        let flow = try #require(drawing.panels.first { $0.id == "flow" })
        #expect(flow.title == "Flow index")
        #expect(flow.bands.map(\.label) == ["Target 2.2–2.4 L/min/m²"])
        let first = try #require(flow.series.first?.points.first)
        #expect(abs(first.y - (flow.top + flow.height - 2.35 / 4 * flow.height)) < 0.01)
    }

    @Test func aRunOverDaysHasDateTicks() {
        let start = RenderFixtures.at(21, 52)
        let end = RenderFixtures.at(15, 30, on: CaseDate(year: 2026, month: 3, day: 17)!)
        let scale = TimeScale(first: start, last: end, left: 0, width: 600)
        #expect(scale.ticks.filter(\.isMajor).map(\.label) == ["15 Mar", "16 Mar", "17 Mar"])
        #expect(scale.ticks.first?.label == "18:00")
    }

    @Test func theOutputIsDeterministicAndWellFormed() throws {
        let record = RenderFixtures.bypassCase()
        let svg = chart.svg(for: record)
        #expect(svg == chart.svg(for: record))
        #expect(WellFormedXML.error(in: svg) == nil)
        #expect(svg.contains("<title id=\"chart-title\">Perfusion chart, case TEST-0001</title>"))
    }

    @Test func recordTextIsEscapedInTheSVG() {
        var record = RenderFixtures.bypassCase()
        record.header.caseID = "<script>alert(1)</script>"
        record.events[4].text = "\"><img src=x onerror=alert(1)>\u{1}"
        record.events[4].details.agent = "<b>"
        let svg = chart.svg(for: record)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<img"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(WellFormedXML.error(in: svg) == nil)
    }

    @Test func theChartOfTheInlineCaseMatchesItsGolden() {
        var record = RenderFixtures.bypassCase()
        record.patient = Patient(height: Quantity(175, .centimetres), weight: Quantity(82, .kilograms), ageYears: 67)
        let svg = chart.svg(for: record)
        #expect(Golden.check(svg, against: "Tests/PerfusioRenderTests/Golden/chart/inline-bypass.svg") == nil)
    }

    /// The point lists of every polyline in `svg`.
    func polylines(in svg: String) throws -> [[Substring]] {
        let regex = try NSRegularExpression(pattern: "<polyline points=\"([^\"]*)\"")
        return regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { m in
            svg[Range(m.range(at: 1), in: svg)!].split(separator: " ")
        }
    }
}
