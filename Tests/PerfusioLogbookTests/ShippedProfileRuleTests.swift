import PerfusioCore
import Testing
@testable import PerfusioLogbook

/// Every requirement of every shipped profile: exactly its minimum passes, one fewer falls short.
@Suite struct ShippedProfileRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let profile: String
        let requirement: String
        var testDescription: String { "\(profile) \(requirement)" }
    }

    static let cases: [Case] = ProfileLoaderTests.shipped.flatMap { id in
        ((try? ProfileLoaderTests.shippedProfile(id))?.requirements ?? []).map { Case(profile: id, requirement: $0.id) }
    }

    /// `count` activities in each year of `years` that count in the requirement's first uncapped category.
    static func records(for requirement: Requirement, in profile: CredentialProfile, count: Int, years: [Int]) throws -> [PerfusionCase] {
        let term = try #require(requirement.terms.first { $0.atMost == nil })
        let match = try #require(profile.category(term.category)?.counts.first)
        let kind = try #require(match.kinds.sorted { $0.rawValue < $1.rawValue }.first)
        let role = try #require(match.roles.sorted { $0.rawValue < $1.rawValue }.first)
        return years.flatMap { year in
            (0..<count).map { n in
                InlineCases.record("R\(year)-\(n)", on: "\(year)-03-\(n % 28 + 1 < 10 ? "0" : "")\(n % 28 + 1)", kind: kind,
                                   team: [(role, "P. Test")], ageYears: match.isPaediatricOnly ? 5 : 50)
            }
        }
    }

    @Test(arguments: cases) func exactlyTheMinimumPassesAndOneFewerFallsShort(_ c: Case) throws {
        let profile = try ProfileLoaderTests.shippedProfile(c.profile)
        let requirement = try #require(profile.requirements.first { $0.id == c.requirement })
        let years = requirement.isPerCalendarYear || profile.period == .calendarYears(3) ? [2023, 2024, 2025] : [2025]
        let minimum = Int(requirement.minimum)
        let perYear = requirement.isPerCalendarYear ? minimum : Int((Double(minimum) / Double(years.count)).rounded(.up))
        let period = profile.period == .yearFrom(month: 7, day: 1) ? "2024-07-01..2025-06-30" : "\(years[0])-01-01..\(years.last!)-12-31"
        func result(_ records: [PerfusionCase]) -> RequirementResult? {
            let entry = InlineCases.build(records, profile: profile, period: period).entry(for: .unlisted("P. Test"))
            return entry.results.filter { $0.requirement.id == c.requirement }.min { $0.achieved < $1.achieved }
        }
        var passing = try Self.records(for: requirement, in: profile, count: perYear, years: years)
        if !requirement.isPerCalendarYear { passing = Array(passing.prefix(minimum)) }
        #expect(result(passing)?.isMet == true)
        #expect(result(passing)?.achieved == requirement.minimum)
        let short = Array(passing.dropLast())
        #expect(result(short)?.isMet == false)
        #expect(result(short)?.shortBy == 1)
    }
}
