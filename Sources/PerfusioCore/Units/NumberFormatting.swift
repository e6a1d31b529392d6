import Foundation

/// POSIX number formatting, the same on every machine and locale (goldens depend on it).
public enum NumberFormatting {
    /// `value` with exactly `digits` decimals, a dot as decimal mark and no grouping.
    public static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        let d = min(max(digits, 0), 6)
        if let fast = roundedClearly(value, digits: d) ?? shortestPadded(value, digits: d) { return fast }
        var s = String(format: "%.\(d)f", value)
        if s.hasPrefix("-"), Double(s) == 0 { s.removeFirst() }
        return s
    }

    /// The shortest round-trip form padded to `digits` decimals, when it has no more decimals than that (the usual
    /// case: a value written `4.55` formatted with 2 decimals); nil otherwise. It equals `%.*f` then: the shortest
    /// form lies within half an ulp of the value, and below 1e9 an ulp is under 1.2e-7, far less than the 1e-6
    /// between neighbours at 6 decimals, so it is the correctly rounded result. (`String(format:)` is slow.)
    static func shortestPadded(_ value: Double, digits: Int) -> String? {
        guard abs(value) < 1e9 else { return nil }
        if value == 0 { return digits == 0 ? "0" : "0." + String(repeating: "0", count: digits) }
        let text = Array(value.description.utf8)
        guard !text.contains(UInt8(ascii: "e")), let dot = text.firstIndex(of: UInt8(ascii: ".")) else { return nil }
        var end = text.count
        while end > dot + 1, text[end - 1] == UInt8(ascii: "0") { end -= 1 }
        let written = end - dot - 1
        guard written <= digits else { return nil }
        var out = Array(text[..<(digits == 0 ? dot : end)])
        if digits > 0 { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits - written)) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `value` rounded to `digits` decimals when the rounding is not a near tie (a chart coordinate, a derived
    /// figure); nil otherwise. The scaled product is within half an ulp of the exact one (10^digits is exact), so when
    /// its fraction is further than two ulps from one half, rounding it gives the digit `%.*f` gives (which rounds the
    /// exact binary value).
    static func roundedClearly(_ value: Double, digits: Int) -> String? {
        guard abs(value) < 1e9 else { return nil }
        let scaled = abs(value) * pow10(digits)
        let whole = scaled.rounded(.down), fraction = scaled - whole
        guard abs(fraction - 0.5) > 2 * scaled.ulp else { return nil }
        let n = UInt64(fraction > 0.5 ? whole + 1 : whole)
        var text = Array(String(n).utf8)
        if digits > 0 {
            if text.count <= digits { text.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits + 1 - text.count), at: 0) }
            text.insert(UInt8(ascii: "."), at: text.count - digits)
        }
        if value < 0, n != 0 { text.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: text, as: UTF8.self)
    }

    /// The shortest form up to `maxDigits` decimals (`2.28`, `109`, `0.35`).
    public static func trimmed(_ value: Double, maxDigits: Int = 2) -> String {
        let s = fixed(value, digits: maxDigits)
        var bytes = Array(s.utf8)
        guard bytes.contains(UInt8(ascii: ".")) else { return s }
        while bytes.last == UInt8(ascii: "0") { bytes.removeLast() }
        if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
