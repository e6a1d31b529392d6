import Testing
import PerfusioCore
import PerfusioRules

/// A malformed pack is refused with its file, line, column and what is wrong.
@Suite struct MalformedPackTests {
    func refusal(_ rule: String) -> Diagnostic? {
        let text = "pack: test\nrules:\n  - id: t.rule\n    severity: warning\n    message: \"{value}\"\n"
            + "    source: { guideline: G }\n" + rule
        guard case .failure(let error) = RulePack.parse(text, file: "bad.yaml") else { return nil }
        return error.diagnostics.first
    }

    @Test func misspeltParameterKey() {
        #expect(refusal("    check: { kind: threshold, parameter: map, bellow: 50 }\n") == Diagnostic(
            id: "rules.key.unknown", severity: .error,
            message: "unknown key `bellow` in the check of rule t.rule; expected one of: above, below, below_by_weight, inclusive, kind, parameter, unit",
            location: SourceLocation(file: "bad.yaml", line: 7, column: 47)))
    }

    @Test func unknownCheckKind() {
        let d = refusal("    check: { kind: treshold, parameter: map, below: 50 }\n")
        #expect(d?.id == "rules.check.unknown")
        #expect(d?.location == SourceLocation(file: "bad.yaml", line: 7, column: 20))
    }

    @Test func unknownParameter() {
        let d = refusal("    check: { kind: threshold, parameter: mapp, below: 50 }\n")
        #expect(d?.id == "rules.value.invalid")
        #expect(d?.location == SourceLocation(file: "bad.yaml", line: 7, column: 42))
    }

    @Test func unknownPhase() {
        let d = refusal("    applies: { phase: [on-pump] }\n    check: { kind: required, item: checklist }\n")
        #expect(d?.id == "rules.value.invalid")
        #expect(d?.location == SourceLocation(file: "bad.yaml", line: 7, column: 24))
    }

    @Test func unknownPlaceholder() {
        let text = "pack: test\nrules:\n  - id: t.rule\n    severity: warning\n    message: \"{valeu}\"\n"
            + "    source: { guideline: G }\n    check: { kind: required, item: checklist }\n"
        guard case .failure(let error) = RulePack.parse(text, file: "bad.yaml") else { Issue.record("accepted"); return }
        #expect(error.diagnostics.map(\.id) == ["rules.value.invalid"])
        #expect(error.diagnostics.first?.location == SourceLocation(file: "bad.yaml", line: 5, column: 14))
    }

    @Test func missingSeverity() {
        let text = "pack: test\nrules:\n  - id: t.rule\n    message: m\n    source: { guideline: G }\n"
            + "    check: { kind: required, item: checklist }\n"
        guard case .failure(let error) = RulePack.parse(text, file: "bad.yaml") else { Issue.record("accepted"); return }
        #expect(error.diagnostics == [Diagnostic(id: "rules.key.missing", severity: .error, message: "rule t.rule needs a `severity`",
                                                 location: SourceLocation(file: "bad.yaml", line: 3, column: 5))])
    }

    @Test func yamlSyntaxErrorKeepsItsLine() {
        guard case .failure(let error) = RulePack.parse("pack: test\nrules:\n  - id: x\n   severity: warning\n", file: "bad.yaml")
        else { Issue.record("accepted"); return }
        #expect(error.diagnostics.map(\.id) == ["yaml.syntax"])
        #expect(error.diagnostics.first?.location?.line == 4)
    }

    @Test func catalogueIdsAreUnique() {
        #expect(Set(RulesDiagnostics.all.map(\.id)).count == RulesDiagnostics.all.count)
    }
}

extension MalformedPackTests {
    @Test func unknownPlaceholderInASecondMessage() {
        let d = refusal("    check: { kind: interval, event: cardioplegia, max_minutes: 20, message_end: \"{evnt}\" }\n")
        #expect(d?.id == "rules.value.invalid")
        #expect(d?.location == SourceLocation(file: "bad.yaml", line: 7, column: 81))
    }
}
