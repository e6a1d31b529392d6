import Foundation
import PerfusioCore
import PerfusioMarkdown
import PerfusioTestSupport
import Testing
@testable import PerfusioXML

/// `samples/` holds each record in both formats: every `samples/xml/NAME.xml` is exactly what converting
/// `samples/NAME.md` writes (`PERFUSIO_UPDATE_GOLDENS=1` re-records), reads without a diagnostic, and passes xmllint.
@Suite struct XMLSampleTests {
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(
        atPath: Fixtures.packageRoot.appendingPathComponent("samples").path)) ?? [])
        .filter { $0.hasSuffix(".md") }.sorted().map { String($0.dropLast(3)) }

    @Test func thereAreSamples() { #expect(Self.names.count >= 3) }

    @Test(arguments: names)
    func xmlSampleIsTheConversionOfItsLog(_ name: String) throws {
        let record = try #require(LogReader().read(try Fixtures.bytes(Fixtures.sample("\(name).md")), from: "\(name).md").record)
        #expect(Golden.check(XMLRecordWriter().write(record), against: "samples/xml/\(name).xml") == nil)
    }

    @Test(arguments: names)
    func xmlSampleReadsCleanlyAndPassesXmllint(_ name: String) throws {
        let xml = try String(contentsOf: Fixtures.sample("xml/\(name).xml"), encoding: .utf8)
        let result = TestSchema.reader(xml, source: "samples/xml/\(name).xml")
        #expect(result.diagnostics == [])
        #expect(result.record != nil)
        #expect(try xmllint(xml).status == 0)
    }
}
