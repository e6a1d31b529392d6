import Foundation
import Testing
import PerfusioTestSupport

/// `docs/rules.md` lists every shipped rule id.
@Suite struct RulesDocumentationTests {
    @Test func everyShippedRuleIsDocumented() throws {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let missing = try ShippedPacks.load().allRules.map(\.id).filter { !text.contains("| `\($0)` |") }
        #expect(missing == [])
    }
}
