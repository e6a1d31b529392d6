import PerfusioCore
import Testing
@testable import PerfusioLogbook

@Suite struct VerdictTests {
    typealias C = InlineCases

    private func cases(primary: Int, assisted: Int) -> [PerfusionCase] {
        (0..<primary).map { C.cpb("P\($0)", team: [(.primaryPerfusionist, "J. Marsh")]) }
            + (0..<assisted).map { C.cpb("S\($0)", team: [(.primaryPerfusionist, "K. Lindqvist"), (.firstAssistantPerfusionist, "J. Marsh")]) }
    }

    @Test func aCappedCategoryCountsOnlyUpToItsCap() {
        let entry = C.build(cases(primary: 2, assisted: 3)).entry(for: .unlisted("J. Marsh"))
        #expect(entry.totals.map(\.points) == [2, 3])
        #expect(entry.results.map(\.achieved) == [3, 2])
        #expect(entry.verdict.isMet)
        #expect(entry.verdict.text == "met")
    }

    @Test func shortfallsSayHowManyOfWhat() {
        let entry = C.build(cases(primary: 1, assisted: 3)).entry(for: .unlisted("J. Marsh"))
        #expect(entry.results.map(\.shortBy) == [1, 1])
        #expect(entry.verdict.text == "short by 1 of the 3 clinical activities required; 1 of the 2 primary activities required")
    }

    @Test func perYearRequirementsCarryOverASurplus() {
        let profile = CredentialProfile(
            id: "per-year", body: "B", gate: "G", rulesVersion: "t", period: .calendarYears(2),
            categories: [CreditCategory(id: "a", name: "A", counts: [CategoryMatch(kinds: [.cpb], roles: [.primaryPerfusionist])])],
            requirements: [Requirement(id: "y", name: "Points", unit: "points", minimum: 2, terms: [RequirementTerm(category: "a")],
                                       isPerCalendarYear: true, carryOverLimit: 1)])
        let records = ["2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01", "2025-03-01"].enumerated().map { index, day in
            C.cpb("C\(index)", on: day, team: [(.primaryPerfusionist, "J. Marsh")])
        }
        let entry = C.build(records, profile: profile, period: nil).entry(for: .unlisted("J. Marsh"))
        #expect(entry.period == ReportingPeriod(start: C.date("2024-01-01"), end: C.date("2025-12-31")))
        #expect(entry.results.map(\.achieved) == [4, 2])
        #expect(entry.results.map(\.name) == ["Points in 2024", "Points in 2025"])
        #expect(entry.verdict.isMet)
    }

    @Test func halfPointsPrintWithOneDecimal() {
        #expect(Points.text(2.5) == "2.5")
        #expect(Points.text(40) == "40")
    }
}

@Suite struct PeriodTests {
    typealias C = InlineCases

    @Test func aJulyYearHoldsTheDate() {
        let rule = PeriodRule.yearFrom(month: 7, day: 1)
        #expect(rule.period(holding: C.date("2026-03-14")) == ReportingPeriod(start: C.date("2025-07-01"), end: C.date("2026-06-30")))
        #expect(rule.period(holding: C.date("2026-07-01")) == ReportingPeriod(start: C.date("2026-07-01"), end: C.date("2027-06-30")))
    }

    @Test func anOpenPeriodSpansTheDates() {
        let period = PeriodRule.open.period(holding: C.date("2026-01-01"), dates: [C.date("2024-09-01"), C.date("2025-02-01")])
        #expect(period == ReportingPeriod(start: C.date("2024-09-01"), end: C.date("2025-02-01"), isOpen: true))
        #expect(period.monthsLeft(asOf: C.date("2024-10-01")) == nil)
    }

    @Test func monthsLeftCountWholeMonthsAndStopAtZero() {
        let period = ReportingPeriod(text: "2025-07-01..2026-06-30")!
        #expect(period.monthsLeft(asOf: C.date("2026-03-31")) == 2)
        #expect(period.monthsLeft(asOf: C.date("2026-03-15")) == 3)
        #expect(period.monthsLeft(asOf: C.date("2026-08-01")) == 0)
    }

    @Test func periodTextMustBeTwoOrderedDates() {
        #expect(ReportingPeriod(text: "2026-06-30..2025-07-01") == nil)
        #expect(ReportingPeriod(text: "2025-07-01") == nil)
        #expect(ReportingPeriod(text: "2025-07-01..2026-13-01") == nil)
    }
}

@Suite struct CaseReferenceTests {
    @Test func referencesAreKeyedAndStable() {
        let key = CaseKey(caseID: "SEC-2026-0412", date: CaseDate(iso: "2026-03-14")!)
        let a = CaseReference(siteKey: Array("one".utf8)).reference(for: key)
        #expect(a == CaseReference(siteKey: Array("one".utf8)).reference(for: key))
        #expect(a != CaseReference(siteKey: Array("two".utf8)).reference(for: key))
        #expect(a.count == 14)
        #expect(!a.contains("0412"))
        #expect(CaseReference(siteKey: nil).reference(for: key) == "—")
    }
}
