import PerfusioCore
import Testing
@testable import PerfusioYAML

@Suite struct YAMLPreflightTests {
    private func check(_ text: String) -> Diagnostic? { YAMLPreflight(file: "f", lineOffset: 0).check(text) }

    @Test(arguments: [
        ("a: &x 1\nb: *x\n", 1, 4),
        ("base: &b {k: v}\n", 1, 7),
        ("- *x\n", 1, 3),
        ("list: [1, *x]\n", 1, 11),
        ("m: {k: *x}\n", 1, 8),
        ("&a key: v\n", 1, 1),
        ("? &k key\n: v\n", 1, 3),
        ("t: !!str &a v\n", 1, 10),
        ("ok: 1\nb: *x\n", 2, 4),
        // Columns count scalars; CR and CRLF as the scan reads them.
        ("é: &x 1\n", 1, 4),
        ("name: \"°C\"\nb: [é, *x]\n", 2, 8),
        ("a: 1\r\nb: *x\r\n", 2, 4),
        ("a: 1\rb: *x\n", 1, 8),
        ("q: \"é\\é\" &x\n- ü *y\n- *z\n", 3, 3),
    ])
    func refusesAnchorsAndAliases(text: String, line: Int, column: Int) {
        let d = check(text)
        #expect(d?.id == "yaml.alias")
        #expect(d?.location == PerfusioCore.SourceLocation(file: "f", line: line, column: column))
    }

    @Test(arguments: [
        "name: Tom & Jerry\n",
        "dept: R&D *main*\n",
        "q: \"&x and *y\"\n",
        "q: '*x' # &y\n",
        "note: |\n  &x literal\n  *y literal\nnext: 1\n",
        "flow: [a, 'b*', \"&c\"]\n",
        "op: 4:1 blood (Buckberg)\n",
        "amp: a & b\n",
        "k: v # *comment\n",
        "multi: \"first\n  *still quoted\"\n",
    ])
    func acceptsTextThatOnlyLooksLikeAnAlias(text: String) {
        #expect(check(text) == nil)
    }

    @Test func aliasUsedAsKeyIsRefusedBeforeParsing() {
        let bomb = "a: &a [x, x]\nb: &b [*a, *a]\n*b : 1\n"
        #expect(check(bomb)?.id == "yaml.alias")
    }

    @Test func tabAfterSpacesIsFoundAtItsColumn() {
        let d = check("a:\n  \tb: 1\n")
        #expect(d?.id == "yaml.tab")
        #expect(d?.location == PerfusioCore.SourceLocation(file: "f", line: 2, column: 3))
    }

    @Test func tabInsideAValueIsAllowed() {
        #expect(check("a: x\ty\n") == nil)
    }
}
