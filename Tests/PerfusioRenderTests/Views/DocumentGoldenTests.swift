import Foundation
import Perfusio
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioRender

/// Report, handover and chart of every example and sample, with the shipped rule packs' findings, compared byte
/// for byte with `Tests/PerfusioRenderTests/Golden/` (`PERFUSIO_UPDATE_GOLDENS=1 swift test` re-records).
@Suite struct DocumentGoldenTests {
    static let golden = "Tests/PerfusioRenderTests/Golden"

    func files(_ path: String, _ kind: DocumentKind, _ format: DocumentFormat) async throws -> [DocumentFile] {
        let result = try await ExampleRecords.documents().render(ExampleRecords.load(path), kind, format: format, writesFiles: true)
        #expect(!result.report.diagnostics.hasErrors)
        return result.files
    }

    @Test(arguments: ExampleRecords.paths, DocumentFormat.allCases)
    func report(_ path: String, _ format: DocumentFormat) async throws {
        let text = try #require(try await files(path, .report, format).first?.text)
        #expect(Golden.check(text, against: "\(Self.golden)/report/\(ExampleRecords.name(path)).\(format.fileExtension)") == nil)
    }

    @Test(arguments: ExampleRecords.paths, DocumentFormat.allCases)
    func handover(_ path: String, _ format: DocumentFormat) async throws {
        let text = try #require(try await files(path, .handover, format).first?.text)
        #expect(Golden.check(text, against: "\(Self.golden)/handover/\(ExampleRecords.name(path)).\(format.fileExtension)") == nil)
    }

    @Test(arguments: ExampleRecords.paths)
    func chart(_ path: String) async throws {
        let text = try #require(try await files(path, .chart, .html).first?.text)
        #expect(Golden.check(text, against: "\(Self.golden)/chart/\(ExampleRecords.name(path)).svg") == nil)
    }

    @Test(arguments: ExampleRecords.paths, [DocumentKind.report, .handover, .chart])
    func theHTMLAndSVGAreWellFormedXML(_ path: String, _ kind: DocumentKind) async throws {
        for file in try await files(path, kind, .html) {
            #expect(WellFormedXML.error(in: file.text) == nil, "\(file.name)")
        }
    }

    @Test func aMarkdownReportLinksTheChartWrittenBesideIt() async throws {
        let names = try await files("Tests/Fixtures/examples/adult-cabg.md", .report, .markdown).map(\.name)
        #expect(names == ["SEC-2026-0412-report.md", "SEC-2026-0412-chart.svg"])
    }

    @Test func everyRecordOfTheDepartmentYearRendersAsWellFormedHTML() async throws {
        let paths = ExampleRecords.records(in: "samples/department")
        #expect(paths.count >= 100)
        let documents = try await ExampleRecords.documents()
        for path in paths {
            for kind in [DocumentKind.report, .handover] {
                let result = try documents.render(ExampleRecords.load(path), kind, format: .html, writesFiles: true)
                #expect(result.files.count == 1, "\(path)")
                for file in result.files { #expect(WellFormedXML.error(in: file.text) == nil, "\(path)") }
            }
        }
    }

    @Test func everyExampleAndSampleIsRendered() {
        #expect(ExampleRecords.paths.filter { $0.hasPrefix("samples/xml/") }.count >= 4)
        #expect(Set(ExampleRecords.paths.map(ExampleRecords.name)).count == ExampleRecords.paths.count)
        #expect(ExampleRecords.paths.allSatisfy { ExampleRecords.record($0) != nil })
    }
}
