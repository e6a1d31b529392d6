import Foundation
import PerfusioCore
import Testing
@testable import PerfusioRender

/// A record captured at one reading per second for eight hours renders a report of bounded size.
@Suite struct CapturedRecordTests {
    @Test func theReportOfAnEightHourCaptureHasABoundedChart() async throws {
        let record = RenderFixtures.capturedCase(count: 28_800)
        let templates = try await CheckoutTemplates.load()
        let html = try templates.render(ReportView(record: record, format: .html), format: .html)
        let regex = try NSRegularExpression(pattern: "<polyline points=\"([^\"]*)\"")
        let counts = regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { m in
            html[Range(m.range(at: 1), in: html)!].split(separator: " ").count
        }
        #expect(counts == [PerfusionChart.maxPointsPerSeries, PerfusionChart.maxPointsPerSeries,
                           PerfusionChart.maxPointsPerSeries, PerfusionChart.maxPointsPerSeries])
        #expect(html.utf8.count < 150_000)
        #expect(WellFormedXML.error(in: html) == nil)
    }
}
