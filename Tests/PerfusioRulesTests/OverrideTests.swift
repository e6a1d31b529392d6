import Testing
import PerfusioCore
import PerfusioRules
import PerfusioTestSupport

/// Institution overrides (`--rules FILE`): a changed threshold, a rule switched off with a reason, an added rule,
/// and the mistakes refused with file, line and column.
@Suite struct OverrideTests {
    func apply(_ yaml: String) throws -> Result<RuleSet, RuleFileError> {
        try ShippedPacks.load().applying(overrides: yaml, file: "local.yaml")
    }

    func ids(_ set: RuleSet) throws -> [String] {
        RuleEngine(rules: set).check(try ExampleRecords.adultCABG()).map(\.id)
    }

    @Test func changedThresholdAndSeverity() throws {
        let set = try apply("""
            overrides:
              - id: adult.glucose.high
                check: { above: 10, unit: mmol/L }
                severity: error
              - id: adult.map.low
                check: { below: 55 }
            """).get()
        let findings = RuleEngine(rules: set).check(try ExampleRecords.adultCABG())
        let glucose = try #require(findings.first { $0.id == "adult.glucose.high" })
        #expect(glucose.severity == .error)
        #expect(glucose.message == "glucose 184 mg/dL above 10 mmol/L")
        let map = findings.filter { $0.id == "adult.map.low" }
        #expect(map.map(\.message) == ["MAP 48 mmHg below 55 mmHg on bypass"])
        #expect(map.first?.location == SourceLocation(file: "adult-cabg.md", line: 78, column: 24))
    }

    @Test func switchedOffWithReason() throws {
        let set = try apply("""
            overrides:
              - id: adult.checklist.unticked
                enabled: false
                reason: Checklist audited on paper.
            """).get()
        #expect(try !ids(set).contains("adult.checklist.unticked"))
        #expect(set.disabled.map(\.id) == ["adult.checklist.unticked"])
        #expect(set.disabled.map(\.reason) == ["Checklist audited on paper."])
    }

    @Test func switchingOffNeedsAReason() throws {
        let error = try #require(try apply("overrides:\n  - id: adult.map.low\n    enabled: false\n").failure)
        #expect(error.diagnostics == [Diagnostic(id: "rules.override.reason-missing", severity: .error,
            message: "rule adult.map.low is switched off without a `reason`; say why",
            location: SourceLocation(file: "local.yaml", line: 3, column: 14))])
    }

    @Test func addedRule() throws {
        let set = try apply("""
            rules:
              - id: local.hct.low
                severity: note
                message: "Hct {value} below the local limit {threshold}"
                source: { guideline: St Example perfusion protocol, year: 2026 }
                applies: { kind: [cpb], phase: [bypass] }
                check: { kind: threshold, parameter: hct, below: 25, unit: "%" }
            """).get()
        let local = RuleEngine(rules: set).check(try ExampleRecords.adultCABG()).filter { $0.id == "local.hct.low" }
        #expect(local.map(\.message) == ["Hct 24 % below the local limit 25 %"])
        #expect(local.map(\.source) == ["St Example perfusion protocol 2026"])
    }

    @Test func unknownRuleIdIsRefused() throws {
        let error = try #require(try apply("overrides:\n  - id: adult.map.lo\n    severity: note\n").failure)
        #expect(error.diagnostics.map(\.id) == ["rules.override.unknown-id"])
        #expect(error.diagnostics.first?.location == SourceLocation(file: "local.yaml", line: 2, column: 9))
        #expect(error.diagnostics.first?.message == "no loaded rule pack has a rule `adult.map.lo`")
    }

    @Test func addedRuleMayNotReuseAnId() throws {
        let error = try #require(try apply("""
            rules:
              - id: adult.map.low
                severity: note
                message: m
                source: { guideline: x }
                check: { kind: required, item: checklist }
            """).failure)
        #expect(error.diagnostics.map(\.id) == ["rules.id.duplicate"])
        #expect(error.diagnostics.first?.location?.line == 2)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
