import PerfusioCore

/// Fast readers for the two lexical forms a record repeats hundreds of thousands of times: `xs:decimal` numbers
/// and `yyyy-MM-ddTHH:mm:ss` times. Anything else goes to the Core parsers, so results never differ from them.
enum DecimalText {
    /// The value and decimals written in `text` (`7.40` → 7.4 and 2), as ``Quantity/parseNumber(_:)`` reads them.
    static func parse(_ text: String) -> (Double, Int)? {
        var utf8 = text.utf8[...]
        guard utf8.count <= 32 else { return nil }
        if utf8.first == UInt8(ascii: "-") || utf8.first == UInt8(ascii: "+") { utf8 = utf8.dropFirst() }
        var digits = 0, fraction = 0, dot = false
        for byte in utf8 {
            if byte == UInt8(ascii: ".") && !dot { dot = true; continue }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return Quantity.parseNumber(text) }
            digits += 1
            if dot { fraction += 1 }
        }
        guard digits > 0, let value = Double(text), value.isFinite else { return Quantity.parseNumber(text) }
        return (value, fraction)
    }

    /// `text` without the spaces, tabs and line breaks XML allows around a token (no Foundation: this runs per value).
    static func trimmed(_ text: String) -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = text.utf8.first, let last = text.utf8.last, isSpace(first) || isSpace(last) else { return text }
        let bytes = text.utf8.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        return String(decoding: Array(bytes), as: UTF8.self)
    }

    /// The moment written `yyyy-MM-ddTHH:mm:ss`; other forms go to ``CaseTime/init(iso:)``.
    static func time(_ text: String) -> CaseTime? {
        let b = Array(text.utf8)
        guard b.count == 19, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let year = number(b, 0, 4), let month = number(b, 5, 2), let day = number(b, 8, 2),
              let hour = number(b, 11, 2), let minute = number(b, 14, 2), let second = number(b, 17, 2),
              let date = CaseDate(year: year, month: month, day: day) else { return CaseTime(iso: text) }
        return CaseTime(date: date, hour: hour, minute: minute, second: second)
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
