/// The fast path of ``Quantity/parseNumber(_:)`` for text that is all ASCII: reads the UTF-8 bytes once, with
/// exactly the accept and reject rules of the general path (spaces and tabs trimmed, at most 32 characters, a sign
/// only first, one `.`, or a single `,` as the decimal mark when there is no `.`, at least one digit).
///
/// The value is `mantissa / 10^decimals` when the digits fit in 15 (both operands exact, so the one IEEE division
/// rounds the written decimal correctly, as `Double(String)` does); longer numbers go through `Double(String)`.
enum ASCIINumber {
    /// The number in `raw` and its decimals; `.some(nil)` when `raw` is ASCII but no number; nil when `raw` holds a
    /// byte outside ASCII, which the general path must read.
    static func parse(_ raw: String) -> (Double, Int)?? {
        var raw = raw
        return raw.withUTF8 { parse(bytes: $0) }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> (Double, Int)?? {
        for byte in bytes where byte >= 0x80 { return nil }
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), comma = UInt8(ascii: ","), dot = UInt8(ascii: ".")
        var start = 0, end = bytes.count
        while start < end, bytes[start] == space || bytes[start] == tab { start += 1 }
        while end > start, bytes[end - 1] == space || bytes[end - 1] == tab { end -= 1 }
        guard end > start, end - start <= 32 else { return .some(nil) }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let commaIsDecimal = !text.contains(dot) && text.lazy.filter { $0 == comma }.count == 1
        var digits = 0, fraction = 0, mantissa: UInt64 = 0, dotSeen = false, negative = false
        for (i, byte) in text.enumerated() {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard i == 0 else { return .some(nil) }
                negative = byte == UInt8(ascii: "-")
            case dot, comma where commaIsDecimal:
                guard !dotSeen else { return .some(nil) }
                dotSeen = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if dotSeen { fraction += 1 }
                if digits <= 15 { mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0")) }
            default:
                return .some(nil)
            }
        }
        guard digits > 0 else { return .some(nil) }
        guard digits <= 15 else {
            let written = String(decoding: text.map { $0 == comma ? dot : $0 }, as: UTF8.self)
            guard let value = Double(written), value.isFinite else { return .some(nil) }
            return (value, fraction)
        }
        let magnitude = Double(mantissa) / pow10(fraction)
        return (negative ? -magnitude : magnitude, fraction)
    }
}
