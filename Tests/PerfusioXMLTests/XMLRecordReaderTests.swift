import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioXML

@Suite struct XMLRecordReaderTests {
    static func read(_ xml: String, limits: XMLLimits = XMLLimits()) -> ReadResult {
        XMLRecordReader(schema: TestSchema.validator, limits: limits).read(Array(xml.utf8), from: "t.xml")
    }

    @Test func fullRecordRoundTripsThroughXML() throws {
        let xml = XMLRecordWriter().write(SampleCases.full)
        let result = Self.read(xml)
        #expect(result.diagnostics == [])
        let record = try #require(result.record)
        #expect(try ModelComparison.normalised(record) == ModelComparison.normalised(SampleCases.full))
        #expect(XMLRecordWriter().write(record) == xml)
    }

    @Test func everySectionOfTheModelIsCovered() throws {
        let record = try #require(Self.read(XMLRecordWriter().write(SampleCases.full)).record)
        #expect(record.events.count == SampleCases.events.count)
        #expect(record.readings.map(\.values.count) == [6, 3, 1])
        #expect(record.readings[1].values[.pumpFlow]?.origin?.device == "Terumo CDI 500")
        #expect(record.readings[1].values[.map]?.origin?.device == nil)
        #expect(record.readings[1].values[.svo2]?.origin?.kind == .typed)
        #expect(record.readings[1].otherValues.first?.origin?.kind == .captured)
        #expect(record.readings[0].values[.act] == ReadingValue(quantity: nil, text: "---", origin: record.readings[0].values[.act]?.origin))
        #expect(record.readings[0].values[.ph]?.quantity?.formattedValue == "7.40")
        #expect(record.noBloodProducts)
        #expect(record.patient.identity.recordNumber == "00482913")
    }

    @Test func originsCarryTheLineEachElementWasReadFrom() throws {
        let xml = XMLRecordWriter().write(SampleCases.full)
        let lines = xml.split(separator: "\n", omittingEmptySubsequences: false)
        let record = try #require(Self.read(xml).record)
        func line(of needle: String) -> Int? { lines.firstIndex { $0.contains(needle) }.map { $0 + 1 } }
        #expect(record.events[2].origin?.location == SourceLocation(file: "t.xml", line: try #require(line(of: "kind=\"bypass-on\""))))
        #expect(record.readings[0].values[.map]?.origin?.location?.line == line(of: "<map value=\"8.3\""))
        #expect(record.checklist[1].origin?.location?.line == line(of: "checked=\"false\""))
        #expect(record.header.origin?.location?.line == 3)
    }

    @Test func minimalRecordReads() throws {
        let xml = "<case xmlns=\"\(PerfusioFormat.namespace)\" version=\"1.0\"><header id=\"A\" kind=\"ecmo\" date=\"2026-05-02\"/></case>"
        let result = Self.read(xml)
        #expect(result.diagnostics == [])
        let record = try #require(result.record)
        #expect(try ModelComparison.normalised(record)
            == ModelComparison.normalised(PerfusionCase(header: CaseHeader(caseID: "A", kind: .ecmo, date: CaseDate(year: 2026, month: 5, day: 2)!))))
    }

    @Test func numberTooLongForTheModelIsReported() {
        let digits = String(repeating: "0", count: 33) + "1"  // a decimal the schema accepts, too long for the model
        let xml = "<case xmlns=\"\(PerfusioFormat.namespace)\" version=\"1.0\"><header id=\"A\" kind=\"cpb\" date=\"2026-05-02\"/>\n"
            + "<patient><weight value=\"\(digits)\" unit=\"kg\"/></patient></case>"
        let result = Self.read(xml)
        #expect(result.diagnostics == [XMLDiagnostics.valueInvalid("'\(digits)' cannot be read as a number (at most 32 characters)",
                                                                    at: SourceLocation(file: "t.xml", line: 2), path: "/case/patient/weight")])
        #expect(result.record?.patient.weight == nil)
    }

    @Test func readingUnitThatDoesNotFitItsParameterIsWarned() {
        let xml = "<case xmlns=\"\(PerfusioFormat.namespace)\" version=\"1.0\"><header id=\"A\" kind=\"cpb\" date=\"2026-05-02\"/>\n"
            + "<readings><reading time=\"2026-05-02T10:00:00\">\n<flow value=\"60\" unit=\"mmHg\"/></reading></readings></case>"
        let result = Self.read(xml)
        #expect(result.diagnostics == [XMLDiagnostics.unitMismatch("Flow in mmHg does not convert to L/min",
                                                                    at: SourceLocation(file: "t.xml", line: 3),
                                                                    path: "/case/readings/reading/flow")])
        #expect(result.record?.readings.first?.values[.pumpFlow]?.quantity == Quantity(60, .mmHg))
    }

    @Test func glucoseInMillimolesIsNoMismatch() {
        let xml = "<case xmlns=\"\(PerfusioFormat.namespace)\" version=\"1.0\"><header id=\"A\" kind=\"cpb\" date=\"2026-05-02\"/>"
            + "<readings><reading time=\"2026-05-02T10:00:00\"><glucose value=\"7.8\" unit=\"mmol/L\"/></reading></readings></case>"
        #expect(Self.read(xml).diagnostics == [])
    }

    @Test func schemaInvalidRecordIsReadAsFarAsPossible() throws {
        let xml = "<case xmlns=\"\(PerfusioFormat.namespace)\" version=\"1.0\"><header id=\"A\" kind=\"cpb\" date=\"2026-05-02\"/>\n"
            + "<events><event time=\"2026-05-02T10:00:00\" kind=\"nope\"><text>x</text></event>\n"
            + "<event time=\"2026-05-02T10:05:00\" kind=\"bypass-on\"><text>CPB on</text></event></events></case>"
        let result = Self.read(xml)
        #expect(result.diagnostics.map(\.id) == ["xsd"])
        #expect(result.diagnostics.first?.location?.line == 2)
        #expect(try #require(result.record).events.map(\.kind) == [.bypassOn])
    }
}
