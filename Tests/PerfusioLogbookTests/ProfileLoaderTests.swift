import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioLogbook

@Suite struct ProfileLoaderTests {
    static let shipped = ["abcp-recertification", "abcp-exam-eligibility", "ebcp-exam", "ebcp-recertification", "anzcp-certification"]

    static func shippedProfile(_ id: String) throws -> CredentialProfile {
        let url = Fixtures.packageRoot.appendingPathComponent("schemas/credentials/\(id).yaml")
        return try CredentialProfileLoader.load(String(contentsOf: url, encoding: .utf8), file: "\(id).yaml", id: id).get()
    }

    @Test(arguments: shipped) func everyShippedProfileLoads(_ id: String) throws {
        let profile = try Self.shippedProfile(id)
        #expect(profile.id == id)
        #expect(!profile.requirements.isEmpty)
        #expect(!profile.sources.isEmpty)
    }

    @Test func abcpRecertificationReadsAsTheIssueStates() throws {
        let p = try Self.shippedProfile("abcp-recertification")
        #expect(p.period == .yearFrom(month: 7, day: 1))
        #expect(p.primary.minimumShare == 0.6)
        #expect(p.shiftCredit == ShiftCreditRule(isEnabled: false, kinds: [.ecmo, .vad], initiationMinutes: 240, managedMinutes: 480,
                                                 status: .thirdParty, source: "L7"))
        #expect(p.requirements.map(\.minimum) == [40, 25])
        #expect(p.requirements[0].terms == [RequirementTerm(category: "table-a"), RequirementTerm(category: "table-b", atMost: 15)])
        #expect(p.category("table-b")?.isOnePerCase == true)
        #expect(p.requirements.allSatisfy { $0.status.isUnconfirmed })
    }

    private func refusal(_ yaml: String) -> [Diagnostic] {
        switch CredentialProfileLoader.load(yaml, file: "bad.yaml", id: "bad") {
        case .success: return []
        case .failure(let failure): return failure.diagnostics
        }
    }

    private static let minimal = """
        profile: bad
        body: B
        gate: G
        rules_version: v
        verifier: V
        sources:
          - {id: S, title: T, url: u, read: 2026-01-01, official: true}
        period: {kind: open, status: choice}
        categories:
          - id: a
            name: A
            unit: things
            points: 1
            status: choice
            counts:
              - {kinds: [cpb], roles: [perfusionist], status: choice}
        requirements:
          - {id: r, name: R, unit: things, minimum: 2, from: [{category: a}], status: official-copy, source: S}

        """

    @Test func theMinimalProfileLoads() {
        #expect(refusal(Self.minimal).isEmpty)
    }

    @Test func anUnknownKindIsRefusedWithItsLine() {
        let d = refusal(Self.minimal.replacingOccurrences(of: "kinds: [cpb]", with: "kinds: [cbp]"))
        #expect(d == [LogbookDiagnostics.invalidProfile(
            "`cbp` is not a valid `kinds` in a count entry; expected one of " + CaseKind.allCases.map(\.rawValue).joined(separator: ", "),
            at: SourceLocation(file: "bad.yaml", line: 16, column: 18))])
    }

    @Test func aMisspeltKeyIsRefused() {
        let d = refusal(Self.minimal.replacingOccurrences(of: "  - {id: r, name: R, unit: things, minimum: 2,", with: "  - {id: r, name: R, unit: things, minimun: 2,"))
        #expect(d.map(\.location?.line) == [18, 18])
        #expect(d.map(\.message) == ["a requirement has no `minimum`",
                                     "unknown key `minimun` in a requirement; expected one of id, name, unit, minimum, from, per_calendar_year, carry_over_at_most, status, source, note"])
    }

    @Test func aRequirementOnAnUndefinedCategoryIsRefused() {
        let d = refusal(Self.minimal.replacingOccurrences(of: "from: [{category: a}]", with: "from: [{category: table-a}]"))
        #expect(d.map(\.message) == ["the requirement counts category `table-a`, which the profile does not define"])
        #expect(d.map(\.location?.line) == [18])
    }

    @Test func anUnknownSourceAndAMissingStatusAreRefused() {
        let d = refusal(Self.minimal.replacingOccurrences(of: "source: S}", with: "source: L9}")
            .replacingOccurrences(of: "    points: 1\n    status: choice\n", with: "    points: 1\n"))
        #expect(d.map(\.message) == ["a category has no `status`", "`source: L9` in a requirement names no source of the profile"])
        #expect(d.map(\.location?.line) == [10, 17])
    }

    @Test func aShareOverOneIsRefused() {
        let d = refusal(Self.minimal + "primary: {roles: [perfusionist], minimum_share: 60, status: choice}\n")
        #expect(d.map(\.id) == ["logbook.profile.invalid"])
        #expect(d.map(\.location?.line) == [19])
    }

    @Test func badYAMLIsRefusedByTheYAMLLayer() {
        let d = refusal("profile: bad\n  body: [unclosed\n")
        #expect(d.map(\.id) == ["yaml.syntax"])
    }

    @Test func theProfileNameMustMatchTheFile() {
        let d = refusal(Self.minimal.replacingOccurrences(of: "profile: bad", with: "profile: other"))
        #expect(d.map(\.message) == ["`profile: other` does not match the file name `bad`"])
    }
}
