import Foundation
import Perfusio
import PerfusioCore
import PerfusioTestSupport
import Testing

/// The same case read as Markdown and as XML is counted once, by case id and date, and shown as a conflict.
@Suite struct ReadTwiceTests {
    @Test func aCaseAsMarkdownAndAsXMLCountsOnce() throws {
        let markdown = DepartmentSample.folder.appendingPathComponent("2025-10-20-cpb-131.md")
        let table = FormatTable.standard(schemas: DepartmentSample.schemas)
        let record = try #require(RecordLoader(formats: table).load(markdown).record)
        let writer = try #require(table.writer(for: .xml))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("perfusio-read-twice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = folder.appendingPathComponent("copy.xml")
        try writer.write(record).write(to: xml, atomically: true, encoding: .utf8)
        let inputs = InputCollector().collect([markdown.path, xml.path])
        let loaded = DepartmentSample.runner.load(inputs)
        #expect(loaded.records.count == 2)
        let request = LogbookRequest(person: "J. Marsh", department: false, format: .json, asOf: DepartmentSample.asOf)
        let result = try DepartmentSample.runner.run(loaded, request)
        let text = try #require(result.text)
        #expect(text.components(separatedBy: "\"number\" : ").count - 1 == 1)
        #expect(text.contains("\"kind\" : \"read-twice\""))
        #expect(result.diagnostics.flatMap(\.diagnostics).map(\.id).contains("logbook.case.duplicate"))
    }
}
