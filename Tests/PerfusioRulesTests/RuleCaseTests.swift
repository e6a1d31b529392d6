import Testing
import PerfusioCore
import PerfusioRules

/// Every shipped rule fires on its firing case and stays quiet on its quiet case.
@Suite struct RuleCaseTests {
    static let ids: [String] = (try? ShippedPacks.load().allRules.map(\.id)) ?? []

    func findings(_ c: MiniCase?) throws -> [String] {
        let c = try #require(c)
        return RuleEngine(rules: try ShippedPacks.load()).check(c.record).map(\.id)
    }

    @Test(arguments: ids) func fires(id: String) throws {
        #expect(try findings(RuleCases.firing[id]).contains(id))
    }

    @Test(arguments: ids) func staysQuiet(id: String) throws {
        #expect(try !findings(RuleCases.quiet[id]).contains(id))
    }

    @Test func everyShippedRuleHasCases() throws {
        #expect(Self.ids.count == 35)
        #expect(Set(Self.ids) == Set(RuleCases.firing.keys))
        #expect(Set(Self.ids) == Set(RuleCases.quiet.keys))
    }

    @Test func adultLimitsNeverFireOnAChild() throws {
        var child = MiniCase.child()
        child.reading("09:10", [.map: Quantity(30, .mmHg), .pumpFlow: Quantity(0.5, .litresPerMinute)])
        let ids = try findings(child)
        #expect(!ids.contains { $0.hasPrefix("adult.") })
    }

    @Test func missingACTIsWordedAsMissing() throws {
        let record = MiniCase.adult { $0.replace(.act, with: []) }.record
        let finding = try #require(RuleEngine(rules: try ShippedPacks.load()).check(record).first { $0.id == "adult.act.prebypass" })
        #expect(finding.message == "no ACT recorded before CPB on at 08:50")
        #expect(finding.severity == .error)
        #expect(finding.location == SourceLocation(file: "mini.md", line: 10, column: 1))
    }
}
