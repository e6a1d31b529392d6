import Foundation
import Testing
import PerfusioTestSupport
import PerfusioRules

/// `docs/rules.md` lists every shipped rule id.
@Suite struct RulesDocumentationTests {
    @Test func everyShippedRuleIsDocumented() throws {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let missing = try ShippedPacks.load().allRules.map(\.id).filter { !text.contains("| `\($0)` |") }
        #expect(missing == [])
    }
}

/// Every pack in `schemas/rules/` loads, the empty ones for other kinds included.
@Suite struct ShippedPackFilesTests {
    @Test func everyPackFileLoads() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("schemas/rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names == ["adult-cpb.yaml", "ecmo.yaml", "iabp.yaml", "other-perfusion.yaml", "paediatric-cpb.yaml", "vad.yaml"])
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(throws: Never.self) { try RulePack.parse(text, file: name).get() }
        }
    }
}
