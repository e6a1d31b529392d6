import Foundation
import PerfusioCore

/// One value of the `perfusio metrics` output: a number, text, nothing (`null`), or a nested object.
public indirect enum FigureValue: Hashable, Sendable, Encodable {
    case number(Double, digits: Int)
    case text(String)
    case null
    case object([FigureField])

    /// A number rounded to `digits` decimals (the precision people read it in), or null.
    static func rounded(_ value: Double?, _ digits: Int) -> FigureValue {
        guard let value, value.isFinite else { return .null }
        let scale = pow(10, Double(digits))
        return .number((value * scale).rounded() / scale, digits: digits)
    }

    static func int(_ value: Int?) -> FigureValue { rounded(value.map(Double.init), 0) }
    static func string(_ value: String?) -> FigureValue { value.map(FigureValue.text) ?? .null }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .number(let n, let digits):
            var c = encoder.singleValueContainer()
            if digits == 0, let i = Int(exactly: n) { try c.encode(i) } else { try c.encode(n) }
        case .text(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .object(let fields):
            var c = encoder.container(keyedBy: FigureKey.self)
            for field in fields { try c.encode(field.value, forKey: FigureKey(field.key)) }
        }
    }

    /// For text output: the value with `unit`, or `—` when null.
    func text(unit: String) -> String {
        switch self {
        case .number(let n, let digits): unit.isEmpty ? NumberFormatting.fixed(n, digits: digits) : "\(NumberFormatting.fixed(n, digits: digits)) \(unit)"
        case .text(let s): s
        case .null: "—"
        case .object(let fields): fields.map { "\($0.label) \($0.value.text(unit: $0.unit))" }.joined(separator: ", ")
        }
    }
}

/// A named figure: its JSON key, the label and unit people read, and its value.
public struct FigureField: Hashable, Sendable {
    public var key: String
    public var label: String
    public var unit: String
    public var value: FigureValue

    public init(_ key: String, _ label: String, _ unit: String = "", _ value: FigureValue) {
        self.key = key
        self.label = label
        self.unit = unit
        self.value = value
    }
}

struct FigureKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
