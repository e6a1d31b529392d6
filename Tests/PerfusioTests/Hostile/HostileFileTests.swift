import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing

/// Files that are empty, not text, not UTF-8, or text with a byte-order mark or CRLF line endings.
@Suite struct HostileFileTests {
    @Test func emptyMarkdownFileHasNoFrontMatter() {
        #expect(HostileLoad.fixture("empty.md").lines == [
            "hostile/empty.md:1:1: error: the log must start with a `---` line and the case header [read.frontmatter.missing]",
        ])
    }

    @Test func emptyXMLFileIsEmpty() {
        #expect(HostileLoad.fixture("empty.xml").lines == ["hostile/empty.xml:1:1: error: Document is empty [xml.syntax]"])
    }

    /// A PNG header followed by binary noise, with NULs and bytes that are not UTF-8.
    static let binary: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        + (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }

    @Test func binaryFileNamedAsALogIsNotUTF8() throws {
        #expect(try HostileLoad.bytes(Self.binary, named: "scan.md").lines == [
            "scan.md:1:1: error: the log is not UTF-8 text [read.encoding]",
        ])
    }

    @Test func binaryFileWithNoExtensionIsOfNoKnownFormat() throws {
        #expect(try HostileLoad.bytes(Self.binary, named: "scan").lines == [
            "scan: error: cannot tell the format: expected a .md, .markdown or .xml file, or content starting with '---' or '<' [input.format.unknown]",
        ])
    }

    @Test func binaryFileNamedAsXMLIsASyntaxError() throws {
        let load = try HostileLoad.bytes(Self.binary, named: "scan.xml")
        #expect(load.record == nil)
        #expect(load.lines == ["scan.xml:1:1: error: Start tag expected, '<' not found [xml.syntax]"])
    }

    @Test func invalidUTF8InTheMiddleOfALogIsRefused() throws {
        var bytes = try Fixtures.bytes(Fixtures.example("adult-cabg.md"))
        bytes.insert(contentsOf: [0xC3, 0x28, 0xFF], at: bytes.count / 2)
        #expect(try HostileLoad.bytes(bytes, named: "adult-cabg.md").lines == [
            "adult-cabg.md:1:1: error: the log is not UTF-8 text [read.encoding]",
        ])
    }

    @Test func invalidUTF8InXMLIsASyntaxErrorWithItsLine() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<case version=\"1.0\" xmlns=\"https://perfusio.org/ns/perfusion-case/1\">\n"
        let bytes = Array(xml.utf8) + Array("  <header id=\"A".utf8) + [0xC3, 0x28] + Array("\" kind=\"cpb\" date=\"2026-03-14\"/>\n</case>\n".utf8)
        #expect(try HostileLoad.bytes(bytes, named: "bad.xml").lines == ["bad.xml:3:16: error: Input is not proper UTF-8, indicate encoding ! Bytes: 0xC3 0x28 0x22 0x20 [xml.syntax]"])
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test(arguments: Fixtures.goodExamples)
    func byteOrderMarkReadsLikeTheFileWithout(name: String) throws {
        let plain = try Fixtures.bytes(Fixtures.example(name))
        let withMark = try HostileLoad.bytes(Self.bom + plain, named: name)
        let without = try HostileLoad.bytes(plain, named: name)
        #expect(withMark.lines == without.lines)
        #expect(withMark.record == without.record)
    }

    @Test(arguments: ["adult-cpb-fahrenheit", "vv-ecmo-ards"])
    func byteOrderMarkOnXMLReadsLikeTheFileWithout(name: String) throws {
        let plain = try Fixtures.bytes(Fixtures.sample("xml/\(name).xml"))
        let withMark = try HostileLoad.bytes(Self.bom + plain, named: "\(name).xml")
        #expect(withMark.lines == [])
        #expect(withMark.record == (try HostileLoad.bytes(plain, named: "\(name).xml")).record)
    }

    /// `bytes` with every LF turned into CRLF.
    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
    }

    @Test(arguments: Fixtures.goodExamples)
    func crlfLogGivesTheSameDiagnosticsAndFigures(name: String) throws {
        let plain = try Fixtures.bytes(Fixtures.example(name))
        let lf = try HostileLoad.bytes(plain, named: name)
        let crlf = try HostileLoad.bytes(Self.crlf(plain), named: name)
        #expect(crlf.lines == lf.lines)
        let lfRecord = try #require(lf.record), crlfRecord = try #require(crlf.record)
        #expect(CaseFigures(record: crlfRecord) == CaseFigures(record: lfRecord))
        #expect(crlfRecord == lfRecord)
    }

    /// Old Mac line endings (CR alone), which cmark-gfm and YAML count as line breaks too.
    @Test func crOnlyLogGivesTheSameRecord() throws {
        let plain = try Fixtures.bytes(Fixtures.example("adult-cabg.md"))
        let cr = try HostileLoad.bytes(plain.map { $0 == 0x0A ? 0x0D : $0 }, named: "adult-cabg.md")
        let lf = try HostileLoad.bytes(plain, named: "adult-cabg.md")
        #expect(cr.lines == lf.lines)
        #expect(cr.record == lf.record)
    }

    @Test(arguments: ["adult-cpb-fahrenheit", "vv-ecmo-ards"])
    func crlfXMLGivesTheSameRecord(name: String) throws {
        let plain = try Fixtures.bytes(Fixtures.sample("xml/\(name).xml"))
        let crlf = try HostileLoad.bytes(Self.crlf(plain), named: "\(name).xml")
        #expect(crlf.lines == [])
        let lfRecord = try #require(try HostileLoad.bytes(plain, named: "\(name).xml").record)
        #expect(CaseFigures(record: try #require(crlf.record)) == CaseFigures(record: lfRecord))
        #expect(crlf.record == lfRecord)
    }
}
