import PerfusioCore

/// Turns one cell of a capture into a reading value, keeping out-of-range tokens apart from blanks.
///
/// A blank or missing-token cell is absent (the channel was not connected). An out-of-range token (`---`) is kept as
/// text with the flag `out-of-range` and no number. A number is read with the mapping's decimal mark and unit.
struct CellReader {
    let decimalMark: Character
    let missingTokens: Set<String>
    let outOfRangeTokens: Set<String>

    init(_ mapping: CaptureMapping) {
        decimalMark = mapping.decimalMark
        missingTokens = mapping.missingTokens
        outOfRangeTokens = mapping.outOfRangeTokens
    }

    /// The flag on values the device wrote as an out-of-range token.
    static let outOfRangeFlag = "out-of-range"
    /// The flag on cells that held neither a number nor a known token.
    static let unreadableFlag = "unreadable"

    enum Cell: Hashable {
        case absent
        case value(ReadingValue)
        /// Neither a number nor a known token: kept as text, flagged, and reported.
        case unreadable(ReadingValue)
    }

    func read(_ raw: String, as column: ColumnMapping, flags: [String] = []) -> Cell {
        let text = Self.trimmed(raw)
        if text.isEmpty || missingTokens.contains(text) { return .absent }
        if outOfRangeTokens.contains(text) {
            return .value(ReadingValue(quantity: nil, text: text, flags: [Self.outOfRangeFlag] + flags))
        }
        guard let number = number(text, suffix: column.suffix) else {
            return .unreadable(ReadingValue(quantity: nil, text: text, flags: flags + [Self.unreadableFlag]))
        }
        let quantity = Quantity(number.value, column.unit, fractionDigits: number.digits)
        return .value(ReadingValue(quantity: quantity, text: number.canonical ?? quantity.formattedValue, flags: flags))
    }

    /// The number in a cell, its decimals, and its text as `Quantity.formattedValue` writes it when that is plain to
    /// see (`038` → `38`, `7,328` → `7.328`); nil text leaves the formatting to `Quantity`.
    private func number(_ text: String, suffix: String?) -> (value: Double, digits: Int, canonical: String?)? {
        var body = Substring(text)
        if let suffix, !suffix.isEmpty, body.hasSuffix(suffix) { body = body.dropLast(suffix.count) }
        let other: Character = decimalMark == "," ? "." : ","
        guard !body.contains(other) else { return nil }
        let plain = Self.trimmed(decimalMark == "," ? body.replacingOccurrences(of: ",", with: ".") : String(body))
        guard let (value, digits) = Quantity.parseNumber(plain) else { return nil }
        return (value, digits, Self.canonical(plain, value: value))
    }

    /// `[-]digits[.digits]` without leading zeros (one kept before the point) and without the sign of a zero; nil for
    /// any other spelling (`+4`, `.5`, `−3`).
    static func canonical(_ plain: String, value: Double) -> String? {
        var digits = Substring(plain)
        let negative = digits.hasPrefix("-")
        if negative { digits = digits.dropFirst() }
        guard let first = digits.first, first.isASCII, first.isNumber, digits.last?.isNumber == true else { return nil }
        while digits.count > 1, digits.first == "0", digits.dropFirst().first != "." { digits = digits.dropFirst() }
        return (negative && value != 0 ? "-" : "") + digits
    }

    /// `text` without leading and trailing spaces and tabs (ASCII only; cheaper than Foundation's trimming).
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last, first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 else {
            return text
        }
        var body = Substring(text)
        while let c = body.first, c == " " || c == "\t" { body = body.dropFirst() }
        while let c = body.last, c == " " || c == "\t" { body = body.dropLast() }
        return String(body)
    }

    /// Error codes as flags: `(476) - Measurement unstable;(210) - …` → `abl-476`, `abl-210`; `?` → `abl-?`.
    static func errorFlags(_ raw: String, prefix: String) -> [String] {
        raw.split(separator: ";").compactMap { part in
            let code = part.trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else { return nil }
            if code.hasPrefix("("), let close = code.firstIndex(of: ")") {
                return "\(prefix)-\(code[code.index(after: code.startIndex)..<close])"
            }
            return "\(prefix)-\(code)"
        }
    }
}
