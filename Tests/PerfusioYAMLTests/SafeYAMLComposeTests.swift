import PerfusioCore
import Testing
import PerfusioYAML

@Suite struct SafeYAMLComposeTests {
    private func loc(_ line: Int, _ column: Int) -> PerfusioCore.SourceLocation { SourceLocation(file: "fm", line: line, column: column) }

    @Test func keepsKeysInOrderWithLocations() throws {
        let text = "case_id: SEC\nteam:\n  surgeon: A. Okafor\n  scrub_nurse: Z\nallergies: [penicillin]\nmrn: \"0048\"\nempty:\n"
        let value = try SafeYAML.compose(text, file: "fm", lineOffset: 1).get()
        let expected = YAMLValue.mapping([
            YAMLEntry(key: "case_id", keyLocation: loc(2, 1), value: .scalar("SEC", loc(2, 10))),
            YAMLEntry(key: "team", keyLocation: loc(3, 1), value: .mapping([
                YAMLEntry(key: "surgeon", keyLocation: loc(4, 3), value: .scalar("A. Okafor", loc(4, 12))),
                YAMLEntry(key: "scrub_nurse", keyLocation: loc(5, 3), value: .scalar("Z", loc(5, 16))),
            ], loc(4, 3))),
            YAMLEntry(key: "allergies", keyLocation: loc(6, 1), value: .sequence([.scalar("penicillin", loc(6, 13))], loc(6, 12))),
            YAMLEntry(key: "mrn", keyLocation: loc(7, 1), value: .scalar("0048", loc(7, 6))),
            YAMLEntry(key: "empty", keyLocation: loc(8, 1), value: .null(loc(8, 7))),
        ], loc(2, 1))
        #expect(value == expected)
        #expect(value["team"]?["scrub_nurse"]?.text == "Z")
    }

    @Test func keepsScalarsAsWritten() throws {
        let value = try SafeYAML.compose("a: no\nb: 0123\nc: 2026-03-14\nd: '~'\n", file: "fm").get()
        #expect(value.entries?.map { $0.value.text } == ["no", "0123", "2026-03-14", "~"])
    }

    @Test func emptyDocumentIsNull() throws {
        #expect(try SafeYAML.compose("", file: "fm", lineOffset: 1).get() == .null(loc(2, 1)))
    }

    @Test func refusesMappingKeys() {
        guard case .failure(let f) = SafeYAML.compose("? [a, b]\n: v\n", file: "fm") else { Issue.record("expected failure"); return }
        #expect(f.diagnostics.map(\.id) == ["yaml.type"])
        #expect(f.diagnostics.first?.location == loc(1, 3))
    }

    @Test func reportsSyntaxAliasTabAndDuplicates() {
        let cases: [(String, String, Int)] = [
            ("a: [1, 2\n", "yaml.syntax", 2),
            ("a: &x 1\n", "yaml.alias", 1),
            ("a:\n\tb: 1\n", "yaml.tab", 2),
            ("a: 1\nb: 2\na: 3\n", "yaml.duplicate-key", 3),
            // Keys are read as text, so a quoted and a plain `1` are the same key.
            ("1: a\n\"1\": b\n", "yaml.duplicate-key", 2),
        ]
        for (text, id, line) in cases {
            guard case .failure(let f) = SafeYAML.compose(text, file: "fm") else { Issue.record("expected \(id)"); continue }
            #expect(f.diagnostics.map(\.id) == [id])
            #expect(f.diagnostics.first?.location?.line == line)
        }
    }

    @Test func windowsLineEndingsKeepLineNumbers() {
        let cases: [(String, String, Int)] = [
            ("a: 1\r\nb: 2\r\na: 3\r\n", "yaml.duplicate-key", 3),
            ("a: 1\r\nb: *x\r\n", "yaml.alias", 2),
            ("a:\r\n\tb: 1\r\n", "yaml.tab", 2),
        ]
        for (text, id, line) in cases {
            guard case .failure(let f) = SafeYAML.compose(text, file: "fm") else { Issue.record("expected \(id)"); continue }
            #expect(f.diagnostics.map(\.id) == [id])
            #expect(f.diagnostics.first?.location?.line == line)
        }
        #expect((try? SafeYAML.compose("a: 1\r\nb: x & y\r\n", file: "fm").get())?["b"]?.text == "x & y")
    }
}
