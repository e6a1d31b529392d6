import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioXML

@Suite struct SchemaValidatorTests {
    static let open = "<?xml version=\"1.0\"?>\n<case xmlns=\"https://perfusio.org/ns/perfusion-case/1\" version=\"1.0\">\n"

    @Test func violationHasLineAndPathButNoColumn() {
        let xml = Self.open + """
              <header id="X" kind="cpb" date="2026-03-14"/>
              <events>
                <event time="2026-03-14T08:52:00" kind="bypass-on"><text>CPB on</text></event>
                <event time="2026-03-14T08:53:00" kind="bypass-onn"><text>x</text></event>
              </events>
            </case>
            """
        let expected = XMLDiagnostics.schema(
            "Element 'event', attribute 'kind': [facet 'enumeration'] The value 'bypass-onn' is not an element of the set "
                + "{" + EventKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") + "}.",
            at: SourceLocation(file: "t.xml", line: 6), path: "/case/events/event[2]")
        #expect(TestSchema.validate(xml).first == expected)
    }

    @Test func unexpectedElementNamesTheElementWithoutTheNamespace() {
        let xml = Self.open + "  <header id=\"X\" kind=\"cpb\" date=\"2026-03-14\"/>\n  <bogus/>\n</case>\n"
        let diagnostics = TestSchema.validate(xml)
        #expect(diagnostics.map(\.id) == ["xsd"])
        #expect(diagnostics.first?.location == SourceLocation(file: "t.xml", line: 4))
        #expect(diagnostics.first?.path == "/case/bogus")
        #expect(diagnostics.first?.message.hasPrefix("Element 'bogus': This element is not expected.") == true)
    }

    @Test func patientIdentifierValuesAreNotRepeated() {
        let xml = Self.open + """
              <header id="X" kind="cpb" date="2026-03-14"/>
              <patient><identity><name>Jane</name><dob>1958-13-40</dob></identity></patient>
            </case>
            """
        #expect(TestSchema.validate(xml) == [
            XMLDiagnostics.schema("a patient identifier is not valid here (its value is not shown)",
                                  at: SourceLocation(file: "t.xml", line: 4), path: "/case/patient/identity/dob"),
        ])
    }

    @Test func zonedOrImpossibleTimesAreRefused() {
        for time in ["2026-03-14T08:52:00Z", "2026-03-14T24:00:00", "2026-03-14T08:52", "2026-02-30T08:00:00"] {
            let xml = Self.open + "  <header id=\"X\" kind=\"cpb\" date=\"2026-03-14\"/>\n"
                + "  <events><event time=\"\(time)\" kind=\"other\"><text>x</text></event></events>\n</case>\n"
            #expect(TestSchema.validate(xml).map(\.path) == ["/case/events/event"], "\(time)")
        }
    }

    @Test func manyViolationsAreSummarisedAfterTheFirstHundred() {
        let events = (0..<150).map { _ in "<event time=\"x\" kind=\"other\"><text/></event>" }.joined(separator: "\n")
        let xml = Self.open + "<header id=\"X\" kind=\"cpb\" date=\"2026-03-14\"/><events>\n\(events)\n</events></case>"
        let diagnostics = TestSchema.validate(xml)
        #expect(diagnostics.count == 101)
        #expect(diagnostics.last == XMLDiagnostics.schema("50 more schema errors are not shown", at: SourceLocation(file: "t.xml", line: 1)))
    }

    @Test func missingSchemaFileThrows() {
        #expect(throws: SchemaLoadError(name: "/nonexistent/perfusion-case.xsd", messages: ["the file cannot be read"])) {
            try SchemaValidator(path: "/nonexistent/perfusion-case.xsd")
        }
    }

    @Test func invalidSchemaTextThrowsWithMessages() {
        do {
            _ = try SchemaValidator(xsd: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>", name: "bad.xsd")
            Issue.record("a broken schema compiled")
        } catch let error as SchemaLoadError {
            #expect(error.name == "bad.xsd")
            #expect(!error.messages.isEmpty)
        } catch { Issue.record("unexpected error \(error)") }
    }

    @Test func schemaFromTextEqualsSchemaFromFile() throws {
        let text = try String(contentsOfFile: TestSchema.path, encoding: .utf8)
        let fromText = try SchemaValidator(xsd: text)
        let xml = XMLRecordWriter().write(SampleCases.full)
        let (document, _) = XMLDocumentParser.parse(Array(xml.utf8), source: "t.xml")
        #expect(fromText.validate(try #require(document), source: "t.xml") == [])
    }

    @Test func oneCompiledSchemaServesConcurrentValidations() async {
        let xml = XMLRecordWriter().write(SampleCases.full)
        let results = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { TestSchema.validate(xml).count } }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: 0, count: 8))
    }
}
