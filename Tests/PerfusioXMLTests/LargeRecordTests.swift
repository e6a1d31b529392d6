import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioXML

/// Long records: captured readings at one a second, and line numbers beyond libxml2's 16-bit node lines.
@Suite struct LargeRecordTests {
    /// Ten minutes at one reading a second (an eight-hour case, 28,800 readings, is about 8.4 MB of XML).
    static let readingCount = 600

    static func record(readings readingCount: Int = readingCount) -> PerfusionCase {
        let start = SampleCases.at(8, 0)
        let device = Origin(.captured, device: "Terumo CDI 500")
        let readings = (0..<readingCount).map { i in
            let wobble = Double(i % 10) / 10
            let values: [Parameter: ReadingValue] = [
                .pumpFlow: ReadingValue(quantity: Quantity(4.5 + wobble / 10, .litresPerMinute, fractionDigits: 2), origin: device),
                .map: ReadingValue(quantity: Quantity(Double(60 + i % 15), .mmHg, fractionDigits: 0), origin: device),
                .cvp: ReadingValue(quantity: Quantity(Double(4 + i % 3), .mmHg, fractionDigits: 0), origin: device),
                .arterialOutletTemperature: ReadingValue(quantity: Quantity(34 + wobble, .celsius, fractionDigits: 1), origin: device),
                .venousInflowTemperature: ReadingValue(quantity: Quantity(33.5 + wobble, .celsius, fractionDigits: 1), origin: device),
                .svo2: ReadingValue(quantity: Quantity(Double(70 + i % 8), .percent, fractionDigits: 0), origin: device),
                .hct: ReadingValue(quantity: Quantity(Double(24 + i % 4), .percent, fractionDigits: 0), origin: device),
                .pumpSpeed: ReadingValue(quantity: Quantity(Double(2800 + i % 50), .revolutionsPerMinute, fractionDigits: 0), origin: device),
                .preOxygenatorPressure: ReadingValue(quantity: Quantity(Double(180 + i % 20), .mmHg, fractionDigits: 0), origin: device),
                .postOxygenatorPressure: ReadingValue(quantity: Quantity(Double(150 + i % 20), .mmHg, fractionDigits: 0), origin: device),
            ]
            return Reading(time: start.adding(seconds: Int64(i)), values: values, origin: device)
        }
        return PerfusionCase(header: CaseHeader(caseID: "LONG-1", kind: .cpb, date: SampleCases.date), readings: readings)
    }

    @Test func capturedReadingsRoundTripOneReadingALine() throws {
        let record = Self.record()
        let xml = XMLRecordWriter().write(record)
        let result = XMLRecordReader(schema: TestSchema.validator).read(Array(xml.utf8), from: "long.xml")
        #expect(result.diagnostics == [])
        let readings = try #require(result.record?.readings)
        #expect(XMLRecordWriter().write(try #require(result.record)) == xml)
        #expect(readings.map(\.values.count) == Array(repeating: 10, count: Self.readingCount))
        let lines = xml.split(separator: "\n", omittingEmptySubsequences: false)
        let last = try #require(readings.last?.values[.postOxygenatorPressure]?.origin?.location?.line)
        #expect(lines[last - 1].hasPrefix("    <reading time=\"2026-03-14T08:09:59\" origin=\"captured\""))
        #expect(lines.count == Self.readingCount + 8)  // declaration, case, header, patient, readings, /readings, /case, ""
    }

    /// A record whose second and third notes start beyond line 65,535 (the first note holds 70,000 line breaks).
    static func longNotes(secondNote: String) -> String {
        let first = String(repeating: "line\n", count: 70_000)
        return "<case xmlns=\"\(PerfusioFormat.namespace)\" version=\"1.0\"><header id=\"A\" kind=\"cpb\" date=\"2026-03-14\"/>"
            + "<notes><note>\(first)</note>\n<note>x</note>\n\(secondNote)</notes></case>"
    }

    @Test func originLinesBeyond65535AreExact() throws {
        let xml = Self.longNotes(secondNote: "<note>y</note>")
        let result = XMLRecordReader(schema: TestSchema.validator).read(Array(xml.utf8), from: "long.xml")
        #expect(result.diagnostics == [])
        #expect(result.record?.notes.map { $0.origin?.location?.line } == [1, 70_002, 70_003])
    }

    @Test func schemaErrorBeyondLine65535HasItsLine() {
        let xml = Self.longNotes(secondNote: "<note unparsed=\"maybe\">y</note>")
        let diagnostics = XMLRecordReader(schema: TestSchema.validator).read(Array(xml.utf8), from: "long.xml").diagnostics
        #expect(diagnostics.map(\.location?.line) == [70_003])
        #expect(diagnostics.map(\.path) == ["/case/notes/note[3]"])
    }
}
