import Foundation
import PerfusioCore

/// One person's logbook under a profile: their rows, totals by category, and the verdict.
public struct PersonLogbook: Hashable, Sendable {
    public var person: PersonKey
    /// The staff list's name, else the name as written.
    public var name: String
    public var profile: CredentialProfile
    public var period: ReportingPeriod
    /// Every row, counted or not, in date order.
    public var rows: [LogbookRow]
    public var conflicts: [LogbookConflict]

    public init(person: PersonKey, name: String, profile: CredentialProfile, period: ReportingPeriod,
                rows: [LogbookRow], conflicts: [LogbookConflict]) {
        self.person = person
        self.name = name
        self.profile = profile
        self.period = period
        self.rows = rows
        self.conflicts = conflicts
    }

    /// Credit per category over the period, in the profile's order (zero totals included).
    public var totals: [CategoryTotal] { totals(of: rows) }

    /// The result of each requirement (per-year requirements give one result per calendar year).
    public var results: [RequirementResult] {
        profile.requirements.flatMap { requirement in
            requirement.isPerCalendarYear ? yearly(requirement) : [result(requirement, achieved: achieved(requirement, rows))]
        }
    }

    /// Met, or short by how many of what.
    public var verdict: Verdict { Verdict(results: results) }

    func totals(of rows: [LogbookRow]) -> [CategoryTotal] {
        profile.categories.map { category in
            let counted = rows.filter(\.counts).flatMap(\.credits).filter { $0.category == category.id }
            return CategoryTotal(category: category, points: counted.map(\.points).reduce(0, +), activities: counted.count)
        }
    }

    private func achieved(_ requirement: Requirement, _ rows: [LogbookRow]) -> Double {
        let byCategory = Dictionary(uniqueKeysWithValues: totals(of: rows).map { ($0.category.id, $0.points) })
        return requirement.terms.map { term in min(byCategory[term.category] ?? 0, term.atMost ?? .infinity) }.reduce(0, +)
    }

    private func yearly(_ requirement: Requirement) -> [RequirementResult] {
        var carried = 0.0
        return period.years.map { year in
            let own = achieved(requirement, rows.filter { $0.activity.date.year == year })
            let total = own + carried
            carried = min(requirement.carryOverLimit, max(0, own - requirement.minimum))
            return result(requirement, achieved: total, year: year)
        }
    }

    private func result(_ requirement: Requirement, achieved: Double, year: Int? = nil) -> RequirementResult {
        RequirementResult(requirement: requirement, achieved: achieved, year: year)
    }
}

/// A category's credit for one person.
public struct CategoryTotal: Hashable, Sendable {
    public var category: CreditCategory
    public var points: Double
    /// How many rows earned it.
    public var activities: Int
}

/// How one requirement stands.
public struct RequirementResult: Hashable, Sendable {
    public var requirement: Requirement
    public var achieved: Double
    /// For a per-year requirement: the calendar year.
    public var year: Int?

    public var isMet: Bool { achieved >= requirement.minimum }
    /// How many more are needed (0 when met).
    public var shortBy: Double { max(0, requirement.minimum - achieved) }
    /// The requirement's name, with its year when it has one.
    public var name: String { year.map { "\(requirement.name) in \($0)" } ?? requirement.name }
}

/// The verdict of a logbook: met, or the shortfalls.
public struct Verdict: Hashable, Sendable {
    public var results: [RequirementResult]

    public var isMet: Bool { results.allSatisfy(\.isMet) }

    /// `met`, or `short by 3 of the 25 primary activities required; 5 of the 40 clinical activities required`.
    public var text: String {
        let short = results.filter { !$0.isMet }
        if short.isEmpty { return "met" }
        return "short by " + short.map { result in
            "\(Points.text(result.shortBy)) of the \(Points.text(result.requirement.minimum)) \(result.requirement.unit) required"
                + (result.year.map { " in \($0)" } ?? "")
        }.joined(separator: "; ")
    }
}

/// Credit as people read it: whole numbers without decimals, halves with one.
public enum Points {
    public static func text(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
