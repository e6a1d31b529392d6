import Foundation
import PerfusioCore

/// How a body's reporting period runs: a year from a fixed day (ABCP: 1 July to 30 June [L1]), a run of
/// calendar years (EBCP: 3 [L27]), or open (exam eligibility: the whole programme).
public enum PeriodRule: Hashable, Sendable {
    case yearFrom(month: Int, day: Int)
    case calendarYears(Int)
    case open

    /// The period of this rule that holds `date`; for an open rule, the span of `dates` (or `date` alone).
    public func period(holding date: CaseDate, dates: [CaseDate] = []) -> ReportingPeriod {
        switch self {
        case .yearFrom(let month, let day):
            let thisYear = CaseDate.clamped(year: date.year, month: month, day: day)
            let start = date < thisYear ? CaseDate.clamped(year: date.year - 1, month: month, day: day) : thisYear
            let next = CaseDate.clamped(year: start.year + 1, month: month, day: day)
            return ReportingPeriod(start: start, end: CaseDate(daysSinceEpoch: next.daysSinceEpoch - 1))
        case .calendarYears(let years):
            return ReportingPeriod(start: CaseDate(year: date.year - max(years, 1) + 1, month: 1, day: 1)!,
                                   end: CaseDate(year: date.year, month: 12, day: 31)!)
        case .open:
            return ReportingPeriod(start: dates.min() ?? date, end: dates.max() ?? date, isOpen: true)
        }
    }
}

/// The dates a logbook counts, both inclusive.
public struct ReportingPeriod: Hashable, Sendable, CustomStringConvertible {
    public var start: CaseDate
    public var end: CaseDate
    /// True when the profile sets no period end (exam eligibility): no months are left or lost.
    public var isOpen: Bool

    public init(start: CaseDate, end: CaseDate, isOpen: Bool = false) {
        self.start = start
        self.end = end
        self.isOpen = isOpen
    }

    /// Parses `FROM..TO` (`2025-07-01..2026-06-30`); nil when malformed or reversed.
    public init?(text: String) {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, let from = CaseDate(iso: parts[0]), let to = CaseDate(iso: parts[1]), from <= to else {
            return nil
        }
        self.init(start: from, end: to)
    }

    public func contains(_ date: CaseDate) -> Bool { start <= date && date <= end }

    /// Whole months from `date` to the period's end; 0 once the period is over; nil for an open period.
    public func monthsLeft(asOf date: CaseDate) -> Int? {
        isOpen ? nil : max(0, end.months(since: date))
    }

    /// The calendar years the period touches, in order.
    public var years: [Int] { Array(start.year...end.year) }

    /// `2025-07-01 to 2026-06-30`.
    public var description: String { "\(start) to \(end)" }
}

extension CaseDate {
    /// The date, or the month's last day when `day` does not exist in that month (29 February).
    static func clamped(year: Int, month: Int, day: Int) -> CaseDate {
        for d in stride(from: day, to: 27, by: -1) {
            if let date = CaseDate(year: year, month: month, day: d) { return date }
        }
        return CaseDate(year: year, month: month, day: min(day, 28))!
    }
}
