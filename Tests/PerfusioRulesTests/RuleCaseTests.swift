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

extension RuleCaseTests {
    @Test func derivedValueJustBelowTheLimitDoesNotReadAsTheLimit() throws {
        let record = MiniCase.adult {
            $0.reading("09:10", [.pumpFlow: Quantity(4.635, .litresPerMinute), .hb: Quantity(8.0, .gramsPerDecilitre),
                                 .po2: Quantity(250, .mmHg), .sao2: Quantity(100, .percent)])
        }.record
        let finding = try #require(RuleEngine(rules: try ShippedPacks.load()).check(record).first { $0.id == "adult.do2i.low" })
        #expect(finding.message == "DO2i 271.8 mL/min/m² below 272 mL/min/m² on full-flow bypass")
    }

    @Test func clampOffLongAfterTheLastDoseIsWordedAsSuch() throws {
        let record = MiniCase.adult { $0.replace(.crossClampOff, with: [("09:45", .crossClampOff, .init())]) }.record
        let finding = try #require(RuleEngine(rules: try ShippedPacks.load()).check(record).first { $0.id == "adult.cardioplegia.interval" })
        #expect(finding.message == "cross-clamp off 25 min after the last dose (#2), beyond the 20 min redose interval for blood cardioplegia")
        #expect(finding.related == [SourceLocation(file: "mini.md", line: 14, column: 1)])
    }
}
