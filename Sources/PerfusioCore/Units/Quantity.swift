import Foundation

/// A clinical number with its unit, and the number of decimals it was written with.
///
/// The decimals matter: 98.6 °F is 37.0 °C, compared at the 0.1 °C it was recorded in, and a value
/// written `7.40` is written back as `7.40`.
public struct Quantity: Hashable, Sendable, Codable, CustomStringConvertible {
    public var value: Double
    public var unit: ClinicalUnit
    /// Decimals as written (`7.40` → 2).
    public var fractionDigits: Int

    public init(_ value: Double, _ unit: ClinicalUnit, fractionDigits: Int? = nil) {
        self.value = value
        self.unit = unit
        self.fractionDigits = fractionDigits ?? Quantity.defaultDigits(value)
    }

    /// Parses a number as written (`7.40`, `-3`, `1,2` with a decimal comma) keeping its decimals; nil when not a number.
    public init?(number text: String, unit: ClinicalUnit) {
        guard let (value, digits) = Quantity.parseNumber(text) else { return nil }
        self.init(value, unit, fractionDigits: digits)
    }

    /// The number as written, without the unit (`7.40`).
    public var formattedValue: String { NumberFormatting.fixed(value, digits: fractionDigits) }

    /// Number and unit for people (`33.6 °C`, `4.5 L/min`, `100 %`).
    public var description: String {
        let u = unit.display
        return u.isEmpty ? formattedValue : "\(formattedValue) \(u)"
    }

    /// Converts to another unit of the same dimension, or across mass and molar concentration
    /// through `substance`. Throws ``UnitConversionError`` when the units do not convert.
    public func converted(to target: ClinicalUnit, substance: Substance? = nil) throws -> Quantity {
        if target == unit { return self }
        let base = value * unit.toBase.factor + unit.toBase.offset
        var baseInTarget = base
        if unit.dimension != target.dimension {
            guard let molarMass = substance?.molarMass else {
                throw UnitConversionError(from: unit, to: target, substance: substance)
            }
            switch (unit.dimension, target.dimension) {
            case (.molarConcentration, .massConcentration): baseInTarget = base * molarMass / 1000  // mmol/L → g/L
            case (.massConcentration, .molarConcentration): baseInTarget = base * 1000 / molarMass  // g/L → mmol/L
            default: throw UnitConversionError(from: unit, to: target, substance: substance)
            }
        }
        let converted = (baseInTarget - target.toBase.offset) / target.toBase.factor
        let digits = max(0, fractionDigits + Quantity.digitShift(from: unit, to: target))
        return Quantity(converted, target, fractionDigits: digits)
    }

    /// The value in `target`, or nil when it does not convert.
    public func value(in target: ClinicalUnit, substance: Substance? = nil) -> Double? {
        try? converted(to: target, substance: substance).value
    }

    /// The fewest decimals (0–4) that show `value` exactly: `4.65` → 2, although `4.65 × 100` is
    /// 464.99999999999994 in binary floating point, so products are compared with a relative tolerance.
    static func defaultDigits(_ value: Double) -> Int {
        for d in 0...4 {
            let scaled = value * pow10(d)
            if abs(scaled.rounded() - scaled) <= 1e-9 * max(1, abs(scaled)) { return d }
        }
        return 4
    }

    static func digitShift(from: ClinicalUnit, to: ClinicalUnit) -> Int {
        let ratio = abs(from.toBase.factor / to.toBase.factor)
        guard ratio > 0, ratio.isFinite else { return 0 }
        let shift = Int((-log10(ratio)).rounded())
        return min(max(shift, -2), 3)
    }

    /// Parses `12`, `-3.50`, `+4`, `0,5` (decimal comma); returns the value and decimals written.
    public static func parseNumber(_ raw: String) -> (Double, Int)? {
        if let ascii = ASCIINumber.parse(raw) { return ascii }
        return parseNumberSlowly(raw)
    }

    /// ``parseNumber(_:)`` for any text: trims Unicode spaces and reads the Unicode minus.
    static func parseNumberSlowly(_ raw: String) -> (Double, Int)? {
        var text = raw.first == " " || raw.last == " " || raw.first == "\t" || raw.last == "\t"
            ? raw.trimmingCharacters(in: .whitespaces) : raw
        guard !text.isEmpty, text.count <= 32 else { return nil }
        if text.contains("−" as Character) { text = text.replacingOccurrences(of: "−", with: "-") }
        if !text.contains("." as Character), text.filter({ $0 == "," }).count == 1 { text = text.replacingOccurrences(of: ",", with: ".") }
        var digitsSeen = false, dotSeen = false, fraction = 0
        for (i, c) in text.enumerated() {
            if c == "-" || c == "+" { if i != 0 { return nil }; continue }
            if c == "." { if dotSeen { return nil }; dotSeen = true; continue }
            guard c.isASCII, c.isNumber else { return nil }
            digitsSeen = true
            if dotSeen { fraction += 1 }
        }
        guard digitsSeen, let value = Double(text), value.isFinite else { return nil }
        return (value, fraction)
    }
}

/// Two units that do not convert into each other (e.g. `mmHg` to `L/min`).
public struct UnitConversionError: Error, Hashable, Sendable, CustomStringConvertible {
    public var from: ClinicalUnit
    public var to: ClinicalUnit
    public var substance: Substance?
    public var description: String { "cannot convert \(from.display) to \(to.display)" }
}

func pow10(_ d: Int) -> Double { var p = 1.0; for _ in 0..<max(d, 0) { p *= 10 }; return p }
