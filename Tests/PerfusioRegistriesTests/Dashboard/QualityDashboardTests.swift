import Foundation
import Perfusio
import PerfusioCore
import PerfusioMarkdown
import PerfusioRender
import PerfusioTestSupport
import Testing
@testable import PerfusioRegistries

@Suite struct QualityDashboardTests {
    static func inputs(_ names: [String]) throws -> [BatchInput] {
        try names.map { name in
            let result = LogReader().read(try Fixtures.bytes(Fixtures.example(name)), from: name)
            return BatchInput(file: name, record: result.record, diagnostics: result.diagnostics)
        }
    }

    @Test func adultCaseMeetsTheMeasuresTheExampleFiguresSay() throws {
        let d = QualityDashboard(try Self.inputs(["adult-cabg.md"]))
        let c = try #require(d.cases.first)
        #expect(c.measures == [.checklistCompleted: true, .oxygenDelivery: false, .haematocrit: true, .glucose: false,
                               .outletTemperature: true, .redCells: false, .ultrafiltration: true, .autologousPriming: true,
                               .activatedClotting: true])
        #expect(c.bypassMinutes == 109)
        #expect(c.crossClampMinutes == 73)
    }

    @Test func countsTalliesAndLeftOutRecords() throws {
        let d = QualityDashboard(try Self.inputs(["adult-cabg.md", "paediatric-vsd.md", "va-ecmo-run.md", "broken-timeline.md"]))
        #expect(d.leftOut == ["broken-timeline.md"])
        #expect(d.countsByKind.map { "\($0.0.rawValue)=\($0.1)" } == ["cpb=2", "ecmo=1"])
        #expect(d.countsByMonth.map { "\($0.0)=\($0.1)" } == ["2026-03=1", "2026-04=1", "2026-05=1"])
        let tally = try #require(d.tallies.first { $0.measure == .oxygenDelivery })
        #expect(tally.judged == 2)
        #expect(d.cases.first { $0.kind == .ecmo }?.measures.isEmpty == true)
        #expect(QualityDashboard.median(d.bypassMinutes) == 96.5)
    }

    @Test func medianAndHistogram() {
        #expect(QualityDashboard.median([]) == nil)
        #expect(QualityDashboard.median([3, 1, 2]) == 2)
        #expect(QualityDashboard.histogram([0, 29, 30, 95]).map(\.1) == [2, 1, 0, 1])
        #expect(QualityDashboard.histogram([0, 29, 30, 95]).map(\.0).first == "0–29 min")
    }

    @Test func dashboardLinksEachCaseToItsReportFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = try await DocumentTemplates.load(from: Fixtures.packageRoot.appendingPathComponent("templates"))
        let inputs = InputCollector().collect([Fixtures.example("adult-cabg.md").path, Fixtures.example("broken-timeline.md").path])
        let result = try await DashboardRunner(loader: RecordLoader(formats: .standard(schemas: nil)), templates: templates)
            .run(inputs, to: folder)
        let html = try String(contentsOf: result.file, encoding: .utf8)
        let link = DocumentKind.report.fileName(stem: DocumentKind.stem(caseID: "SEC-2026-0412"), format: .html)
        #expect(link == "SEC-2026-0412-report.html")
        #expect(html.contains("<a href=\"./\(link)\">SEC-2026-0412</a>"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("Harold"))
        #expect(result.dashboard.leftOut.count == 1)
    }

    @Test func aRepeatedCaseIdLinksToTheSecondReportName() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["a.md", "b.md"] {
            try FileManager.default.copyItem(at: Fixtures.example("adult-cabg.md"), to: folder.appendingPathComponent(name))
        }
        let templates = try await DocumentTemplates.load(from: Fixtures.packageRoot.appendingPathComponent("templates"))
        let result = try await DashboardRunner(loader: RecordLoader(formats: .standard(schemas: nil)), templates: templates)
            .run(InputCollector().collect([folder.path]), to: folder.appendingPathComponent("out"))
        let html = try String(contentsOf: result.file, encoding: .utf8)
        #expect(html.contains("<a href=\"./SEC-2026-0412-report.html\">"))
        #expect(html.contains("<a href=\"./SEC-2026-0412-2-report.html\">"))
    }
}
