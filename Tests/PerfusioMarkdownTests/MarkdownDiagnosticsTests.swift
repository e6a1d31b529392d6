import PerfusioCore
import Testing
@testable import PerfusioMarkdown

/// The front matter every inline case starts with: five lines, so the body starts at line 6.
let minimalHeader = "---\ncase_id: T-1\nkind: cpb\ndate: 2026-01-01\n---\n"

/// One triggering log per diagnostic id, with the exact diagnostic it must give.
struct DiagnosticCase: CustomStringConvertible, Sendable {
    var log: String
    var limits = LogReader.Limits()
    /// Bytes to read instead of `log` (for input that is not UTF-8).
    var raw: [UInt8]? = nil
    var expected: Found
    var description: String { expected.description }
}

let diagnosticCases: [DiagnosticCase] = [
    DiagnosticCase(log: minimalHeader + "# Pump log\n", limits: .init(maxBytes: 20), expected: Found("read.size.limit", .error, 1, 1)),
    DiagnosticCase(log: "", raw: [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE], expected: Found("read.encoding", .error, 1, 1)),
    DiagnosticCase(log: minimalHeader + "## Readings\n\n| Time | a | b | c |\n|---|---|---|---|\n", limits: .init(maxTableColumns: 3),
                   expected: Found("read.table.width", .error, 9, 1)),
    DiagnosticCase(log: minimalHeader + "## Notes\n\nok\n\n" + String(repeating: "![[]()", count: 4) + "\n", limits: .init(maxBracketsPerBlock: 6),
                   expected: Found("read.markdown.brackets", .error, 10, 1)),
    DiagnosticCase(log: "# Pump log\n", expected: Found("read.frontmatter.missing", .error, 1, 1)),
    DiagnosticCase(log: "---\ncase_id: T\n", expected: Found("read.frontmatter.unclosed", .error, 1, 1)),
    DiagnosticCase(log: "---\n- a\n- b\n---\n", expected: Found("read.frontmatter.shape", .error, 2, 1)),
    DiagnosticCase(log: "---\ncase_id: T\nkind: cpb\n---\n", expected: Found("read.header.missing", .error, 2, 1)),
    DiagnosticCase(log: "---\ncase_id: T\nkind: bypassish\ndate: 2026-01-01\n---\n", expected: Found("read.header.invalid", .error, 3, 7)),
    DiagnosticCase(log: "---\ncase_id: T\nkind: cpb\ndate: 2026-01-01\nward: 5\n---\n", expected: Found("read.key.unknown", .warning, 5, 1)),
    DiagnosticCase(log: "---\ncase_id: T\nkind: cpb\ndate: 2026-01-01\npatient:\n  weight: 0 kg\n---\n",
                   expected: Found("read.patient.weight", .error, 6, 11)),
    DiagnosticCase(log: "---\ncase_id: T\nkind: cpb\ndate: 2026-01-01\npatient:\n  height: 82 kg\n---\n",
                   expected: Found("read.patient.height", .error, 6, 11)),
    DiagnosticCase(log: "---\ncase_id: T\nkind: cpb\ndate: 2026-01-01\npatient:\n  dob: 2027-01-01\n---\n",
                   expected: Found("read.patient.dob", .error, 6, 8)),
    DiagnosticCase(log: "---\ncase_id: T\nkind: cpb\ndate: 2026-01-01\npatient:\n  sex: bloke\n---\n",
                   expected: Found("read.patient.sex", .warning, 6, 8)),
    DiagnosticCase(log: minimalHeader + "## Events\n\n- 24:05 CPB on\n", expected: Found("read.time.invalid", .error, 8, 3)),
    DiagnosticCase(log: minimalHeader + "## Events\n\n- CPB on at eight\n", expected: Found("read.unparsed", .warning, 8, 3)),
    DiagnosticCase(log: minimalHeader + "## Misc\n\ntext\n", expected: Found("read.section.unknown", .warning, 6, 1)),
    DiagnosticCase(log: minimalHeader + "stray text\n", expected: Found("read.content.outside", .warning, 6, 1)),
    DiagnosticCase(log: minimalHeader + "## Readings\n\n| Time | Mood |\n|---|---|\n| 08:00 | fine |\n",
                   expected: Found("read.column.unknown", .warning, 8, 10)),
    DiagnosticCase(log: minimalHeader + "## Readings\n\n| Time | Flow gal/min |\n|---|---|\n", expected: Found("read.unit.unknown", .error, 8, 10)),
    DiagnosticCase(log: minimalHeader + "## Readings\n\n| Time | MAP L/min |\n|---|---|\n", expected: Found("read.unit.mismatch", .error, 8, 10)),
    DiagnosticCase(log: minimalHeader + "## Readings\n\n| Time | Flow |\n|---|---|\n", expected: Found("read.unit.missing", .warning, 8, 10)),
    DiagnosticCase(log: minimalHeader + "## Readings\n\n| MAP | Time |\n|---|---|\n| 60 | 08:00 |\n",
                   expected: Found("read.table.time-column", .warning, 8, 1)),
    DiagnosticCase(log: minimalHeader + "## Readings\n\n| Time | T art °C | MAP mmHg |\n|---|---|---|\n| 08:00 | 35.2 °C | sixty |\n",
                   expected: Found("read.value.invalid", .error, 10, 11)),
    DiagnosticCase(log: minimalHeader + "## Readings\n\n| Time | Note | Hct % |\n|---|---|---|\n| 08:00 | °°° | 240 |\n",
                   expected: Found("read.value.impossible", .error, 10, 17)),
]

@Suite struct MarkdownDiagnosticsTests {
    @Test(arguments: diagnosticCases)
    func eachDiagnosticFiresAtItsPlace(c: DiagnosticCase) {
        let result = LogReader(limits: c.limits).read(c.raw ?? Array(c.log.utf8), from: "t.md")
        let found = result.diagnostics.map(Found.init)
        #expect(found.contains(c.expected), "got \(found)")
    }

    @Test func everyCatalogueIdHasATriggeringCase() {
        let covered = Set(diagnosticCases.map(\.expected.id))
        #expect(Set(MarkdownDiagnostics.all.map(\.id)).subtracting(covered) == [])
        for code in MarkdownDiagnostics.all {
            #expect(diagnosticCases.first { $0.expected.id == code.id }?.expected.severity == code.severity)
        }
    }

    @Test func invalidUTF8IsRefused() {
        let result = LogReader().read([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE], from: "t.md")
        #expect(result.record == nil)
        #expect(result.diagnostics.map(Found.init) == [Found("read.encoding", .error, 1, 1)])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() {
        let log = minimalHeader + "## Readings\n\n| Time | Note | MAP mmHg |\n|---|---|---|\n| 08:00 | °°° | sixty |\n"
        let errors = readLog(log).diagnostics.filter { $0.severity == .error }.map(Found.init)
        #expect(errors == [Found("read.value.invalid", .error, 10, 17)])
    }

    @Test func messagesNeverNameThePatient() {
        let log = "---\ncase_id: T\nkind: cpb\ndate: 2026-01-01\npatient:\n  name: Harold Example\n  mrn: \"00482913\"\n  weight: Harold kg\n---\n"
        let result = readLog(log)
        #expect(result.diagnostics.map(\.id) == ["read.patient.weight"])
        #expect(result.diagnostics.allSatisfy { !$0.message.contains("Harold") && !$0.message.contains("00482913") })
    }
}

@Suite struct ReadingsEdgeTests {
    @Test func cellsBeyondTheHeaderAreKeptAsANote() throws {
        let log = minimalHeader + "## Readings\n\n| Time | MAP mmHg |\n|---|---|\n| 08:00 | 60 | extra ° | more |\n| 08:05 | 61 |\n"
        let result = readLog(log)
        #expect(result.diagnostics.map(Found.init) == [Found("read.unparsed", .warning, 10, 15)])
        let record = try #require(result.record)
        #expect(record.notes.map(\.text) == ["extra ° | more"])
        #expect(record.readings.count == 2)
    }

    @Test func notMeasuredMarksAreKeptWithoutDiagnostics() throws {
        let log = minimalHeader + "## Readings\n\n| Time | MAP mmHg | Hct % |\n|---|---|---|\n| 08:00 | — | n/a |\n"
        let result = readLog(log)
        #expect(result.diagnostics == [])
        let values = try #require(result.record?.readings.first?.values)
        #expect(values[.map] == ReadingValue(quantity: nil, text: "—", origin: values[.map]?.origin))
        #expect(values[.hct]?.text == "n/a")
    }

    @Test func unitsConvertAndKeepTheirDecimals() throws {
        let log = minimalHeader + "## Readings\n\n| Time | T naso °F | pO2 (kPa) | Glucose [mg/dL] | Hb g/L |\n|---|---|---|---|---|\n| 08:00 | 98.60 | 33.1 | 184 | 112 |\n"
        let reading = try #require(readLog(log).record?.readings.first)
        #expect(reading.values[.nasopharyngealTemperature]?.text == "98.60")
        #expect(abs((reading.value(.nasopharyngealTemperature) ?? 0) - 37.0) < 0.001)
        #expect(abs((reading.value(.po2) ?? 0) - 248.27) < 0.01)
        #expect(abs((reading.value(.glucose, in: .millimolesPerLitre) ?? 0) - 10.21) < 0.01)
        #expect(reading.value(.hb) == 11.2)
    }
}
