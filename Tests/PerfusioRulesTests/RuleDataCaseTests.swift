import Foundation
import Testing
import PerfusioCore
import PerfusioMarkdown
import PerfusioRules
import PerfusioTestSupport

/// Rule cases as data: `Cases/<rule-id>/<name>.md` is a log, `<name>.expected` the findings of that rule it must
/// give (`id severity line:column`, one per line; empty means the rule must stay silent). Compared as sets.
@Suite struct RuleDataCaseTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/PerfusioRulesTests/Cases")

    static var cases: [String] {
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test(arguments: cases) func ruleCase(_ path: String) throws {
        let ruleID = String(path.split(separator: "/")[0])
        let url = Self.folder.appendingPathComponent(path)
        let read = LogReader().read(try Fixtures.bytes(url), from: path)
        #expect(read.diagnostics.filter { $0.severity == .error } == [])
        let record = try #require(read.record)
        let found = RuleEngine(rules: try ShippedPacks.load()).check(record).filter { $0.id == ruleID }
        let expectedText = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("expected"), encoding: .utf8)
        let expected = Set(expectedText.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
        #expect(Set(ShippedPacks.summary(found)) == expected)
    }

    @Test func everyCaseNamesAShippedRule() throws {
        let ids = Set(try ShippedPacks.load().allRules.map(\.id))
        #expect(Self.cases.map { String($0.split(separator: "/")[0]) }.filter { !ids.contains($0) } == [])
        #expect(Self.cases.count >= 6)
    }
}
