import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioRegistries

@Suite struct ProfileLoaderTests {
    static let shipped = ["sts-acsd", "amsect-perform", "anzcpr", "elso"]

    @Test(arguments: shipped) func shippedProfileLoads(id: String) throws {
        let url = Fixtures.packageRoot.appendingPathComponent("schemas/registries/\(id).yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let result = ProfileLoader.load(text, id: id, file: "\(id).yaml")
        if case .failure(let failure) = result { Issue.record("\(failure.diagnostics)") }
        let profile = try result.get()
        #expect(!profile.fields.isEmpty)
        #expect(Set(profile.columns).count == profile.columns.count)
    }

    func diagnostics(_ yaml: String) -> [Diagnostic] {
        switch ProfileLoader.load(yaml, id: "test", file: "test.yaml") {
        case .success: []
        case .failure(let failure): failure.diagnostics
        }
    }

    func expectOne(_ yaml: String, _ id: String, line: Int, column: Int, _ message: String) {
        let found = diagnostics(yaml)
        #expect(found == [Diagnostic(id: id, severity: .error, message: message,
                                     location: SourceLocation(file: "test.yaml", line: line, column: column))])
    }

    static let head = """
        registry: Test
        specification: "1"
        status: unverified
        defined_by: a test
        format: csv
        kinds: [cpb]
        fields:

        """

    @Test func unknownSourceIsRefusedWithItsLine() {
        expectOne(Self.head + """
              - column: A
                type: integer
                source: figures.cpb_hours
            """, "registry.profile.source.unknown", line: 10, column: 13,
                  "A: unknown source 'figures.cpb_hours' (see docs/registries.md for the path vocabulary)")
    }

    @Test func unknownKeyIsRefused() {
        expectOne(Self.head + """
              - column: A
                type: integer
                source: figures.cpb_minutes
                requird: yes
            """, "registry.profile.key.unknown", line: 11, column: 5,
                  "unknown key 'requird' in a field; expected one of column, meaning, type, source, codes, matches, required, parent, limits, usual, decimals, unit, defined_by")
    }

    @Test func unknownTypeIsRefused() {
        expectOne(Self.head + """
              - column: A
                type: float
                source: figures.cpb_minutes
            """, "registry.profile.value.invalid", line: 9, column: 11,
                  "A: unknown type 'float'; expected one of integer, decimal, text, code, date, year, age, yes-no, datetime")
    }

    @Test func duplicateColumnIsRefused() {
        let found = diagnostics(Self.head + """
              - {column: A, type: integer, source: figures.cpb_minutes}
              - {column: A, type: integer, source: figures.cross_clamp_minutes}
            """)
        #expect(found.map(\.id) == ["registry.profile.column.duplicate"])
        #expect(found.first?.location == SourceLocation(file: "test.yaml", line: 9))
        #expect(found.first?.message == "column 'A' is already defined at line 8")
    }

    @Test func parentAndCheckMustNameKnownColumns() {
        let found = diagnostics(Self.head + """
              - {column: A, type: integer, source: figures.cpb_minutes, parent: {column: B, in: ["Yes"]}}
            checks:
              - {id: t.check, rule: A <= C}
            """)
        #expect(found.map(\.message) == ["A: parent column 'B' is not in this profile",
                                         "t.check: 'C' is not a numeric column of this profile"])
        #expect(found.map { $0.location?.line } == [8, 10])
    }

    @Test func codeFieldWithoutCodesIsRefused() {
        expectOne(Self.head + """
              - {column: A, type: code, source: figures.cpb_used}
            """, "registry.profile.codes.missing", line: 8, column: 0, "A: a code field needs 'codes'")
    }

    @Test func badRangeIsRefused() {
        expectOne(Self.head + """
              - {column: A, type: integer, source: figures.cpb_minutes, limits: [600, 0]}
            """, "registry.profile.value.invalid", line: 8, column: 69, "'limits' has low 600 above high 0")
    }

    @Test func xmlProfileColumnsMustBeElementNames() {
        let yaml = Self.head.replacingOccurrences(of: "format: csv", with: "format: xml\nxml: {root: Runs, record: Run}") + """
              - {column: Run Minutes, type: integer, source: figures.ecmo_minutes}
            """
        let found = diagnostics(yaml)
        #expect(found == [Diagnostic(id: "registry.profile.value.invalid", severity: .error,
                                     message: "'Run Minutes' cannot be an XML element name (a letter or _, then letters, digits, _, - or .)",
                                     location: SourceLocation(file: "test.yaml", line: 9))])
    }

    @Test func yamlSyntaxErrorKeepsItsLine() {
        let found = diagnostics("registry: Test\nfields:\n  - column: A\n   type: integer\n")
        #expect(found.map(\.id) == ["yaml.syntax"])
        #expect(found.map { $0.location?.line } == [4])
    }
}
