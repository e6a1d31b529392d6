import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioXML

@Suite struct XMLRecordWriterTests {
    @Test func fullRecordMatchesGolden() {
        let xml = XMLRecordWriter().write(SampleCases.full)
        #expect(Golden.check(xml, against: "Tests/PerfusioXMLTests/Golden/full.xml") == nil)
    }

    @Test func fullRecordValidatesWithSchemaValidator() {
        #expect(TestSchema.validate(XMLRecordWriter().write(SampleCases.full)) == [])
    }

    @Test func fullRecordValidatesWithXmllint() throws {
        let result = try xmllint(XMLRecordWriter().write(SampleCases.full))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func minimalRecordValidates() throws {
        let record = PerfusionCase(header: CaseHeader(caseID: "", kind: .ecmo, date: SampleCases.date))
        let xml = XMLRecordWriter().write(record)
        #expect(TestSchema.validate(xml) == [])
        #expect(try xmllint(xml).status == 0)
    }

    @Test func writingIsDeterministic() {
        #expect(XMLRecordWriter().write(SampleCases.full) == XMLRecordWriter().write(SampleCases.full))
    }

    @Test func charactersXMLCannotCarryAreReplaced() {
        var record = PerfusionCase(header: CaseHeader(caseID: "A\u{1}B\u{0}", kind: .cpb, date: SampleCases.date))
        record.notes = [Note(text: "bell\u{7} \u{FFFF}")]
        let xml = XMLRecordWriter().write(record)
        #expect(TestSchema.validate(xml) == [])
        #expect(xml.contains("id=\"A\u{FFFD}B\u{FFFD}\""))
        #expect(xml.contains("<note>bell\u{FFFD} \u{FFFD}</note>"))
    }
}
