import PerfusioCaptures
import PerfusioCore
import Testing

@Suite("Capture mapping files")
struct CaptureMappingLoaderTests {
    static let file = "monitor.yaml"

    static func refusal(_ yaml: String) -> [Diagnostic] {
        switch CaptureMappingLoader.load(yaml, file: file) {
        case .success: return []
        case .failure(let refusal): return refusal.diagnostics
        }
    }

    static func at(_ line: Int, _ column: Int) -> PerfusioCore.SourceLocation { PerfusioCore.SourceLocation(file: file, line: line, column: column) }

    static let good = """
        device: Bedside monitor
        delimiter: comma
        time: {name: Time, format: "yyyy-MM-dd HH:mm:ss"}
        columns:
          - {name: MAP, parameter: map, unit: mmHg}
          - {name: Flow, parameter: flow, unit: L/min}
        """

    @Test func shippedMappingsLoad() throws {
        let cdi = try CaptureFixtures.mapping("terumo-cdi500.yaml")
        #expect(cdi.format == .terumoCDILine)
        #expect(cdi.columns.count == 17)
        #expect(cdi.outOfRangeTokens == ["---", "--", "-.-"])
        let abl = try CaptureFixtures.mapping("radiometer-abl800.yaml")
        #expect(abl.encoding == .windows1252)
        #expect(abl.decimalMark == ",")
        #expect(abl.columns.first { $0.parameter == .hb }?.column == .name("tHb (g/dL)", occurrence: 2))
        #expect(abl.columns.first { $0.parameter == .creatinine }?.unit == .micromolesPerLitre)
    }

    @Test func aMinimalMappingLoadsWithDefaults() throws {
        let mapping = try CaptureMappingLoader.load(Self.good, file: Self.file).get()
        #expect(mapping == CaptureMapping(device: "Bedside monitor", time: TimeColumn(column: .name("Time", occurrence: 1),
                                                                                      format: "yyyy-MM-dd HH:mm:ss"),
                                          columns: [ColumnMapping(column: .name("MAP", occurrence: 1), parameter: .map, unit: .mmHg),
                                                    ColumnMapping(column: .name("Flow", occurrence: 1), parameter: .pumpFlow,
                                                                  unit: .litresPerMinute)]))
    }

    @Test func refusesAnUnknownKeyWithItsLine() {
        let yaml = Self.good.replacingOccurrences(of: "delimiter: comma", with: "delimeter: comma")
        #expect(Self.refusal(yaml) == [CaptureDiagnostics.mappingKey(
            "unknown key `delimeter` in the mapping; expected one of: device, format, delimiter, decimal_mark, encoding, "
            + "header_row, header_quotes, samples, time, patient, sample_type, missing, out_of_range, error_codes, columns",
            at: Self.at(2, 1))])
    }

    @Test func refusesAnUnknownParameterWithItsLineAndColumn() {
        let yaml = Self.good.replacingOccurrences(of: "parameter: flow", with: "parameter: pump_flow")
        #expect(Self.refusal(yaml) == [CaptureDiagnostics.mappingValue(
            "unknown parameter `pump_flow` in columns[2]; parameters are the record's element names (ph, pco2, po2, t_art, k, flow, …)",
            at: Self.at(6, 29))])
    }

    @Test func refusesAnUnknownUnitAndAUnitOfTheWrongKind() {
        let unknown = Self.good.replacingOccurrences(of: "unit: mmHg", with: "unit: mmHG2")
        #expect(Self.refusal(unknown) == [CaptureDiagnostics.mappingValue("unknown unit `mmHG2` in columns[1]", at: Self.at(5, 39))])
        let wrong = Self.good.replacingOccurrences(of: "unit: L/min", with: "unit: mmHg")
        #expect(Self.refusal(wrong) == [CaptureDiagnostics.mappingValue("unit `mmHg` in columns[2] does not measure Flow",
                                                                        at: Self.at(6, 41))])
    }

    @Test func refusesABadTimeFormatAndAMissingDevice() {
        let yaml = Self.good.replacingOccurrences(of: "device: Bedside monitor\n", with: "")
            .replacingOccurrences(of: "yyyy-MM-dd HH:mm:ss", with: "when")
        #expect(Self.refusal(yaml) == [
            CaptureDiagnostics.mappingValue("the mapping needs the key `device`", at: Self.at(1, 1)),
            CaptureDiagnostics.mappingValue("`format` in time must be a date pattern naming at least hours (HH) and minutes (mm), "
                                            + "such as `d.M.yyyy HH:mm`; found `when`", at: Self.at(2, 28)),
        ])
    }

    @Test func refusesAColumnWithBothNameAndPosition() {
        let yaml = Self.good.replacingOccurrences(of: "{name: MAP,", with: "{name: MAP, position: 3,")
        #expect(Self.refusal(yaml) == [CaptureDiagnostics.mappingValue(
            "columns[1] needs exactly one of `name` (a header) or `position` (1-based)", at: Self.at(5, 5))])
    }

    @Test func refusesNamesWithoutAHeaderRow() {
        let yaml = Self.good + "\nheader_row: false"
        #expect(Self.refusal(yaml) == [CaptureDiagnostics.mappingValue(
            "columns are named but `header_row` is false: name columns only in a file with a header, or give their `position`",
            at: Self.at(1, 1))])
    }

    @Test func passesYAMLSyntaxErrorsOnWithTheirLine() {
        let diagnostics = Self.refusal("device: [unclosed\ncolumns: []\n")
        #expect(diagnostics.map(\.id) == ["yaml.syntax"])
        #expect(diagnostics.first?.location?.file == Self.file)
    }
}
