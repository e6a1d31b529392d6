import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioXML

/// Inputs built to attack an XML parser: each is refused, nothing outside the input is read, and the reasons say where.
@Suite struct HostileInputTests {
    static let ns = PerfusioFormat.namespace
    static let doctypeRefused = "the document has a DOCTYPE; records need none, so it is refused without reading it"

    static func read(_ xml: String, limits: XMLLimits = XMLLimits()) -> ReadResult {
        XMLRecordReader(schema: TestSchema.validator, limits: limits).read(Array(xml.utf8), from: "t.xml")
    }

    static func doctype(line: Int) -> [Diagnostic] {
        [XMLDiagnostics.doctype(doctypeRefused, at: SourceLocation(file: "t.xml", line: line))]
    }

    @Test func externalFileEntityIsNotReadAndTheDocumentIsRefused() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("perfusio-secret-\(UUID().uuidString)")
        try "TOP-SECRET-MARKER".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE case [\n<!ENTITY x SYSTEM \"file://\(secret.path)\">\n]>\n"
            + "<case xmlns=\"\(Self.ns)\" version=\"1.0\"><header id=\"&x;\" kind=\"cpb\" date=\"2026-03-14\"/></case>"
        let result = Self.read(xml)
        #expect(result.record == nil)
        #expect(result.diagnostics == Self.doctype(line: 2))
    }

    @Test func listenerSeesAConnectionWhenOneIsMade() throws {
        let listener = try #require(LocalListener())
        #expect(listener.connectOnce())
        #expect(listener.hadConnection)
    }

    @Test func externalHTTPEntityIsNeverFetched() throws {
        let listener = try #require(LocalListener())
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE case [<!ENTITY x SYSTEM \"http://127.0.0.1:\(listener.port)/x\">]>\n"
            + "<case xmlns=\"\(Self.ns)\" version=\"1.0\"><header id=\"&x;\" kind=\"cpb\" date=\"2026-03-14\"/></case>"
        #expect(Self.read(xml).diagnostics == Self.doctype(line: 2))
        #expect(!listener.hadConnection)
    }

    @Test func externalDTDIsNeverFetched() throws {
        let listener = try #require(LocalListener())
        let xml = "<!DOCTYPE case SYSTEM \"http://127.0.0.1:\(listener.port)/case.dtd\">\n"
            + "<case xmlns=\"\(Self.ns)\" version=\"1.0\"><header id=\"A\" kind=\"cpb\" date=\"2026-03-14\"/></case>"
        #expect(Self.read(xml).diagnostics == Self.doctype(line: 1))
        #expect(!listener.hadConnection)
    }

    @Test func schemaLocationHintIsIgnored() throws {
        let listener = try #require(LocalListener())
        let xml = "<case xmlns=\"\(Self.ns)\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"\(Self.ns) http://127.0.0.1:\(listener.port)/evil.xsd\" version=\"1.0\">"
            + "<header id=\"A\" kind=\"cpb\" date=\"2026-03-14\"/></case>"
        let result = Self.read(xml)
        #expect(result.diagnostics == [])
        #expect(result.record?.header.caseID == "A")
        #expect(!listener.hadConnection)
    }

    @Test func billionLaughsIsRefusedAtTheDoctype() {
        let levels = (1...9).map { i in "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE case [\n<!ENTITY lol0 \"lol\">\n" + levels.joined(separator: "\n")
            + "\n]>\n<case xmlns=\"\(Self.ns)\" version=\"1.0\"><header id=\"&lol9;\" kind=\"cpb\" date=\"2026-03-14\"/></case>"
        let result = Self.read(xml)
        #expect(result.record == nil)
        #expect(result.diagnostics == Self.doctype(line: 2))
    }

    @Test func plainDoctypeIsRefused() {
        let xml = "<?xml version=\"1.0\"?>\n\n<!DOCTYPE case>\n<case xmlns=\"\(Self.ns)\" version=\"1.0\"/>"
        #expect(Self.read(xml).diagnostics == Self.doctype(line: 3))
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        let result = Self.read("<case xmlns=\"\(Self.ns)\" version=\"1.0\">\n  \(deep)\n</case>")
        #expect(result.record == nil)
        #expect(result.diagnostics == [XMLDiagnostics.syntax("elements are nested more than 256 deep; a record never needs more than 6 levels",
                                                              at: SourceLocation(file: "t.xml", line: 2, column: 771))])
    }

    @Test func tooLargeIsRefusedBeforeParsing() {
        let xml = "<case xmlns=\"\(Self.ns)\" version=\"1.0\">" + String(repeating: " ", count: 200) + "</case>"
        let result = Self.read(xml, limits: XMLLimits(maxBytes: 100))
        #expect(result.record == nil)
        #expect(result.diagnostics == [XMLDiagnostics.tooLarge(
            "the file is \(xml.utf8.count) bytes, more than the XML limit of 100 bytes; it is not read",
            at: SourceLocation(file: "t.xml", line: 1))])
    }

    @Test func undefinedEntityIsASyntaxError() {
        #expect(Self.read("<case>&undefined;</case>").diagnostics
            == [XMLDiagnostics.syntax("Entity 'undefined' not defined", at: SourceLocation(file: "t.xml", line: 1, column: 18))])
    }

    @Test func xincludeIsNotProcessed() {
        let xml = "<case xmlns=\"\(Self.ns)\" version=\"1.0\"><header id=\"A\" kind=\"cpb\" date=\"2026-03-14\"/>\n<notes>"
            + "<note xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"/etc/hostname\" parse=\"text\"/></note></notes></case>"
        let result = Self.read(xml)
        #expect(result.diagnostics.map(\.id) == ["xsd"])
        #expect(result.diagnostics.first?.path == "/case/notes/note")
        #expect(result.record?.notes.first?.text == "")
    }
}

@Suite struct MalformedInputTests {
    @Test func mismatchedTagHasLineAndColumn() {
        let xml = "<case xmlns=\"\(PerfusioFormat.namespace)\" version=\"1.0\">\n  <header id=\"x\">\n</case>"
        let result = HostileInputTests.read(xml)
        #expect(result.record == nil)
        #expect(result.diagnostics == [
            XMLDiagnostics.syntax("Opening and ending tag mismatch: header line 2 and case", at: SourceLocation(file: "t.xml", line: 3, column: 8)),
            XMLDiagnostics.syntax("Premature end of data in tag case line 1", at: SourceLocation(file: "t.xml", line: 3, column: 8)),
        ])
    }

    @Test func columnsCountCharactersNotBytes() {
        let xml = "<case xmlns=\"\(PerfusioFormat.namespace)\" version=\"1.0\">\n  <header id=\"°°\" x=\"1\" x=\"2\"/>\n</case>"
        #expect(HostileInputTests.read(xml).diagnostics
            == [XMLDiagnostics.syntax("Attribute x redefined", at: SourceLocation(file: "t.xml", line: 2, column: 30))])
    }

    @Test func emptyInputIsASyntaxError() {
        #expect(HostileInputTests.read("").diagnostics
            == [XMLDiagnostics.syntax("Document is empty", at: SourceLocation(file: "t.xml", line: 1, column: 1))])
    }

    @Test func wrongRootGivesNoRecord() {
        let result = HostileInputTests.read("<log xmlns=\"\(PerfusioFormat.namespace)\"/>")
        #expect(result.record == nil)
        #expect(result.diagnostics == [XMLDiagnostics.schema("Element 'log': No matching global declaration available for the validation root.",
                                                              at: SourceLocation(file: "t.xml", line: 1), path: "/log")])
    }
}
