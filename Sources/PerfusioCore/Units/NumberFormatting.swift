import Foundation

/// POSIX number formatting, the same on every machine and locale (goldens depend on it).
public enum NumberFormatting {
    /// `value` with exactly `digits` decimals, a dot as decimal mark and no grouping.
    public static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        let d = min(max(digits, 0), 6)
        var s = String(format: "%.\(d)f", value)
        if s.hasPrefix("-"), Double(s) == 0 { s.removeFirst() }
        return s
    }

    /// The shortest form up to `maxDigits` decimals (`2.28`, `109`, `0.35`).
    public static func trimmed(_ value: Double, maxDigits: Int = 2) -> String {
        var s = fixed(value, digits: maxDigits)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
