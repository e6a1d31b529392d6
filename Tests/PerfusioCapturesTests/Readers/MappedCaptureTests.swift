import PerfusioCaptures
import PerfusioCore
import Testing

@Suite("Mapped CSV and TSV captures, and files that are not what they claim")
struct MappedCaptureTests {
    static let monitor = """
        device: Bedside monitor
        delimiter: ";"
        decimal_mark: ","
        time: {name: Zeit, format: "dd.MM.yyyy HH:mm:ss"}
        missing: ["n/a"]
        out_of_range: ["OOR"]
        columns:
          - {name: MAP, parameter: map, unit: mmHg}
          - {name: Fluss, parameter: flow, unit: L/min}
          - {name: T, parameter: t_naso, unit: °C}
        """

    static func read(_ csv: String, mapping yaml: String = monitor, file: String = "monitor.csv") throws -> Capture {
        CaptureReader(mapping: try CaptureMappingLoader.load(yaml, file: "monitor.yaml").get()).read(Array(csv.utf8), from: file)
    }

    static func at(_ line: Int, file: String = "monitor.csv") -> PerfusioCore.SourceLocation {
        PerfusioCore.SourceLocation(file: file, line: line)
    }

    @Test func readsAMappedCSVWithDecimalCommasAndTokens() throws {
        let capture = try Self.read("Zeit;MAP;Fluss;T\r\n14.04.2026 23:59:58;62;4,5;36,1\r\n15.04.2026 00:00:03;OOR;n/a;\r\n")
        #expect(capture.diagnostics == [])
        #expect(capture.samples == [
            CapturedSample(line: 2, deviceDate: CaseDate(year: 2026, month: 4, day: 14), deviceTime: TimeOfDay(text: "23:59:58")!,
                           values: [.map: ReadingValue(quantity: Quantity(62, .mmHg, fractionDigits: 0)),
                                    .pumpFlow: ReadingValue(quantity: Quantity(4.5, .litresPerMinute, fractionDigits: 1)),
                                    .nasopharyngealTemperature: ReadingValue(quantity: Quantity(36.1, .celsius, fractionDigits: 1))]),
            CapturedSample(line: 3, deviceDate: CaseDate(year: 2026, month: 4, day: 15), deviceTime: TimeOfDay(text: "00:00:03")!,
                           values: [.map: ReadingValue(quantity: nil, text: "OOR", flags: ["out-of-range"])]),
        ])
    }

    @Test func keepsAnUnreadableCellAsFlaggedTextWithAWarning() throws {
        let capture = try Self.read("Zeit;MAP;Fluss;T\n14.04.2026 10:00:00;6x2;4,5;36,1\n")
        #expect(capture.samples.first?.values[.map] == ReadingValue(quantity: nil, text: "6x2", flags: ["unreadable"]))
        #expect(capture.diagnostics == [CaptureDiagnostics.valueUnreadable(
            "column `MAP` holds `6x2`, which is neither a number nor a known token", at: Self.at(2))])
    }

    @Test func skipsASampleWithABadTimeAndSaysWhere() throws {
        let capture = try Self.read("Zeit;MAP;Fluss;T\n14.04.2026 10:00:00;62;4,5;36,1\nlater;63;4,5;36,1\n")
        #expect(capture.samples.map(\.line) == [2])
        #expect(capture.diagnostics == [CaptureDiagnostics.timeInvalid(
            "the time in column `Zeit` does not match `dd.MM.yyyy HH:mm:ss`", at: Self.at(3))])
    }

    @Test func countsLinesInsideQuotedFields() throws {
        let capture = try Self.read("Zeit;MAP;Fluss;T;Note\n14.04.2026 10:00:00;62;4,5;36,1;\"two\nlines\"\n14.04.2026 10:00:05;63;4,6;36,1;\n")
        #expect(capture.samples.map(\.line) == [2, 4])
    }

    @Test func refusesAFileWithTheWrongColumns() throws {
        let capture = try Self.read("Time,MAP,Flow\n2026-04-14 10:00:00,62,4.5\n")
        #expect(capture.samples.isEmpty)
        #expect(capture.diagnostics == [CaptureDiagnostics.columns(
            "not a Bedside monitor export: the header has no column `Zeit` and 3 more", at: Self.at(1))])
    }

    @Test func refusesTheCDILogReadAsAnABLExport() throws {
        let capture = try CaptureReader(mapping: CaptureFixtures.mapping("radiometer-abl800.yaml"))
            .read(Array("[2026-04-14 15:57:00.175]  16:16:40\t7.51\t 028\r\n".utf8), from: "cdi.log")
        #expect(capture.diagnostics.map(\.id) == ["capture.columns"])
    }

    @Test func refusesAnEmptyFile() throws {
        for bytes in ["", "\r\n  \n"] {
            let capture = try CaptureReader(mapping: CaptureFixtures.mapping("terumo-cdi500.yaml")).read(Array(bytes.utf8), from: "x.log")
            #expect(capture.diagnostics == [CaptureDiagnostics.empty("the capture file is empty", at: Self.at(1, file: "x.log"))])
        }
    }

    @Test func refusesABinaryFile() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let capture = try CaptureReader(mapping: CaptureFixtures.mapping("terumo-cdi500.yaml")).read(png, from: "x.log")
        #expect(capture.diagnostics == [CaptureDiagnostics.binary("the capture holds binary data, not text", at: Self.at(1, file: "x.log"))])
    }

    @Test func refusesTextInTheWrongEncoding() throws {
        let capture = try CaptureReader(mapping: CaptureFixtures.mapping("terumo-cdi500.yaml"))
            .read(Array("Température 36°C\n".utf8), from: "x.log")
        #expect(capture.diagnostics == [CaptureDiagnostics.binary("the capture is not valid ascii text", at: Self.at(1, file: "x.log"))])
    }

    @Test func saysWhenNoLineIsACDISample() throws {
        let capture = try CaptureReader(mapping: CaptureFixtures.mapping("terumo-cdi500.yaml")).read(Array("hello\r\n".utf8), from: "x.log")
        #expect(capture.diagnostics == [
            CaptureDiagnostics.lineUnrecognised(
                "expected a CDI sample line (flag, HH:MM:SS, 18 tab-separated values), a header or a recalibration line", at: Self.at(1, file: "x.log")),
            CaptureDiagnostics.noSamples("no CDI sample line (flag, HH:MM:SS, 18 tab-separated values) was found", at: Self.at(1, file: "x.log")),
        ])
    }

    @Test func cdiOutOfRangeTokensAndBlanksStayDifferent() throws {
        let fields = ["7.41", "---", "--", "-.-", " 22 ", "  1 ", "100%", " 4.3"] + Array(repeating: "    ", count: 10)
        let line = " 10:00:00\t" + fields.joined(separator: "\t") + "\r\n"
        let capture = try CaptureReader(mapping: CaptureFixtures.mapping("terumo-cdi500.yaml")).read(Array(line.utf8), from: "x.log")
        #expect(capture.diagnostics == [])
        let values = try #require(capture.samples.first).values
        #expect(values[.pco2] == ReadingValue(quantity: nil, text: "---", flags: ["out-of-range"]))
        #expect(values[.po2] == ReadingValue(quantity: nil, text: "--", flags: ["out-of-range"]))
        #expect(values[.arterialOutletTemperature] == ReadingValue(quantity: nil, text: "-.-", flags: ["out-of-range"]))
        #expect(values[.venousPH] == nil)
        #expect(values.count == 8)
        #expect(capture.samples.first?.loggerTime == nil)
    }
}
