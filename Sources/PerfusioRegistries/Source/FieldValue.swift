import Foundation
import PerfusioCore

/// A value resolved from a case for one registry field, before coding: a number, a text, a yes/no or a date.
public enum FieldValue: Hashable, Sendable, Codable {
    /// A number and the decimals it carries.
    case number(Double, digits: Int)
    case text(String)
    case flag(Bool)
    case date(CaseDate)
    /// A date and time of day (`yyyy-MM-ddTHH:mm:ss`).
    case moment(CaseTime)

    /// A whole number.
    public static func integer(_ value: Int) -> FieldValue { .number(Double(value), digits: 0) }

    /// The canonical text codes are matched against: `yes`/`no`, numbers as written, dates in ISO form,
    /// texts lower-cased and trimmed.
    public var matchKey: String {
        switch self {
        case .flag(let b): b ? "yes" : "no"
        case .text(let t): t.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        default: formatted
        }
    }

    /// The value as written into a submission before coding (POSIX numbers, ISO dates).
    public var formatted: String {
        switch self {
        case .number(let v, let digits): NumberFormatting.fixed(v, digits: digits)
        case .text(let t): t
        case .flag(let b): b ? "yes" : "no"
        case .date(let d): d.description
        case .moment(let t): t.iso
        }
    }

    /// The numeric value, when this is a number.
    public var number: Double? {
        if case .number(let v, _) = self { return v }
        return nil
    }
}

/// A value resolved from a case together with where in the record it came from.
public struct SourceValue: Hashable, Sendable {
    public var value: FieldValue
    /// The line the value was read from (a reading row, an event, the front matter), when known.
    public var location: SourceLocation?

    public init(_ value: FieldValue, at location: SourceLocation? = nil) {
        self.value = value
        self.location = location
    }
}
