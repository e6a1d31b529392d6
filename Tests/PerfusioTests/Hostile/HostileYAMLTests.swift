import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import Perfusio

/// Front matter built to blow up or confuse a YAML parser: refused before parsing or read with a located error.
@Suite struct HostileYAMLTests {
    @Test func aliasBombIsRefusedBeforeParsing() {
        let load = HostileLoad.fixture("yaml-alias-bomb.md")
        #expect(load.record == nil)
        #expect(load.lines == [
            "hostile/yaml-alias-bomb.md:5:4: error: found a YAML anchor or alias; write the value out in full instead [yaml.alias]",
        ])
    }

    @Test func duplicateKeyIsAnErrorAtTheRepeat() {
        let load = HostileLoad.fixture("yaml-duplicate-keys.md")
        #expect(load.record == nil)
        #expect(load.lines == ["hostile/yaml-duplicate-keys.md:8:3: error: the key `weight` appears twice in the same mapping [yaml.duplicate-key]"])
    }

    @Test func tabInIndentationIsAnErrorAtTheTab() {
        let load = HostileLoad.fixture("yaml-tab-indentation.md")
        #expect(load.record == nil)
        #expect(load.lines == ["hostile/yaml-tab-indentation.md:7:1: error: found a tab in the indentation; indent with spaces [yaml.tab]"])
    }

    @Test func frontMatterThatNeverClosesIsAnErrorAtItsStart() {
        let load = HostileLoad.fixture("frontmatter-unclosed.md")
        #expect(load.record == nil)
        #expect(load.lines == [
            "hostile/frontmatter-unclosed.md:1:1: error: the front matter opened here is never closed with `---` [read.frontmatter.unclosed]",
        ])
    }

    /// Fifty thousand open brackets: libyaml's nesting limit refuses them before any recursion can overflow the stack.
    @Test func flowNestedFiftyThousandDeepIsRefused() throws {
        let log = "---\ncase_id: F\nkind: cpb\ndate: 2026-03-14\nx: " + String(repeating: "[", count: 50_000)
            + String(repeating: "]", count: 50_000) + "\n---\n"
        #expect(try HostileLoad.text(log, named: "flow.md").lines == [
            "flow.md:5:5: error: the YAML is not well formed: Maximum nesting level reached, set with yaml_set_max_nest_level()) [yaml.syntax]",
        ])
    }

    @Test func blocksNestedPastLibyamlsLimitAreRefused() throws {
        let nested = (0..<1_100).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
        let log = "---\ncase_id: F\nkind: cpb\ndate: 2026-03-14\n" + nested + "---\n"
        #expect(try HostileLoad.text(log, named: "blocks.md").lines == [
            "blocks.md:1004:1000: error: the YAML is not well formed: Maximum nesting level reached, set with yaml_set_max_nest_level()) [yaml.syntax]",
        ])
    }

    /// An alias bomb in CRLF lines after a comment line: Swift reads "\r\n" as one character, so a scan that splits
    /// on "\n" once saw the whole file as one comment line and let the bomb through to Yams.
    @Test func crlfAliasBombAfterACommentIsRefusedInARuleFile() throws {
        let folder = try TemporaryFolder("perfusio-crlf-bomb")
        defer { folder.remove() }
        let bomb = try String(contentsOf: Fixtures.root.appendingPathComponent("hostile/yaml-alias-bomb.md"), encoding: .utf8)
            .split(separator: "\n").dropFirst(4).prefix(9).joined(separator: "\r\n")
        let file = try folder.write("# local overrides\r\n" + bomb + "\r\n", to: "local-rules.yaml")
        let schemas = Fixtures.packageRoot.appendingPathComponent("schemas")
        guard case .failure(let failure) = RuleLoading.load(schemas: schemas, overrides: file.path) else {
            Issue.record("the bomb was loaded")
            return
        }
        #expect(failure.report.diagnostics == [Diagnostic(id: "yaml.alias", severity: .error,
            message: "found a YAML anchor or alias; write the value out in full instead",
            location: SourceLocation(file: file.path, line: 2, column: 4))])
    }

    @Test func crlfFrontMatterWithTabIsRefusedAtTheTab() throws {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("hostile/yaml-tab-indentation.md"), encoding: .utf8)
        let load = try HostileLoad.text(text.replacingOccurrences(of: "\n", with: "\r\n"), named: "tab.md")
        #expect(load.lines == ["tab.md:7:1: error: found a tab in the indentation; indent with spaces [yaml.tab]"])
    }
}
