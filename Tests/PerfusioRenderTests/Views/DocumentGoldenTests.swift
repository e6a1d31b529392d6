import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioRender

/// Report, handover and chart of every example and sample, compared byte for byte with
/// `Tests/PerfusioRenderTests/Golden/` (`PERFUSIO_UPDATE_GOLDENS=1 swift test` re-records).
@Suite struct DocumentGoldenTests {
    static let golden = "Tests/PerfusioRenderTests/Golden"

    @Test(arguments: ExampleRecords.names, DocumentFormat.allCases)
    func report(_ name: String, _ format: DocumentFormat) async throws {
        let record = try #require(ExampleRecords.named(name))
        let templates = try await CheckoutTemplates.load()
        let chartFile = format == .markdown ? "\(name)-chart.svg" : nil
        let text = try templates.render(ReportView(record: record, format: format, chartFile: chartFile), format: format)
        #expect(Golden.check(text, against: "\(Self.golden)/report/\(name).\(format.fileExtension)") == nil)
    }

    @Test(arguments: ExampleRecords.names, DocumentFormat.allCases)
    func handover(_ name: String, _ format: DocumentFormat) async throws {
        let record = try #require(ExampleRecords.named(name))
        let templates = try await CheckoutTemplates.load()
        let text = try templates.render(HandoverView(record: record, format: format), format: format)
        #expect(Golden.check(text, against: "\(Self.golden)/handover/\(name).\(format.fileExtension)") == nil)
    }

    @Test(arguments: ExampleRecords.names)
    func chart(_ name: String) throws {
        let record = try #require(ExampleRecords.named(name))
        #expect(Golden.check(PerfusionChart().svg(for: record), against: "\(Self.golden)/chart/\(name).svg") == nil)
    }

    @Test(arguments: ExampleRecords.names, DocumentTemplates.Document.allCases)
    func theHTMLIsWellFormedXHTML(_ name: String, _ document: DocumentTemplates.Document) async throws {
        let record = try #require(ExampleRecords.named(name))
        let templates = try await CheckoutTemplates.load()
        let html = document == .report
            ? try templates.render(ReportView(record: record, format: .html), format: .html)
            : try templates.render(HandoverView(record: record, format: .html), format: .html)
        #expect(WellFormedXML.error(in: html) == nil)
    }

    @Test func everyExampleIsRendered() {
        #expect(ExampleRecords.names.count >= 3)
    }
}
