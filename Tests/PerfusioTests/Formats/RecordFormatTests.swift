import Foundation
import Testing
@testable import Perfusio

@Suite struct RecordFormatTests {
    @Test(arguments: [("md", RecordFormat.markdown), ("MARKDOWN", .markdown), ("xml", .xml), ("Xml", .xml)])
    func knowsExtensions(ext: String, format: RecordFormat) {
        #expect(RecordFormat(fileExtension: ext) == format)
    }

    @Test func knowsNoOtherExtension() {
        #expect(RecordFormat(fileExtension: "txt") == nil)
        #expect(RecordFormat(fileExtension: "") == nil)
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?><case/>", RecordFormat?.some(.xml)),
        ("\u{FEFF}  \n<case/>", .xml),
        ("---\nkind: cpb\n---\n", .markdown),
        ("\n# Pump log\n", .markdown),
        ("Time,Flow\n", nil),
        ("", nil),
    ])
    func sniffsContent(text: String, format: RecordFormat?) {
        #expect(RecordFormat.sniff(Array(text.utf8)) == format)
    }

    @Test func prefersTheExtensionOverTheContent() {
        let url = URL(fileURLWithPath: "/cases/log.md")
        #expect(RecordFormat.detect(path: url, bytes: Array("<case/>".utf8)) == .markdown)
        #expect(RecordFormat.detect(path: URL(fileURLWithPath: "/cases/log"), bytes: Array("<case/>".utf8)) == .xml)
    }

    @Test func namesOutputExtensions() {
        #expect(RecordFormat.allCases.map(\.fileExtension) == ["md", "xml"])
    }
}
