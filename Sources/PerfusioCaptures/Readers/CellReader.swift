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
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || missingTokens.contains(text) { return .absent }
        if outOfRangeTokens.contains(text) {
            return .value(ReadingValue(quantity: nil, text: text, flags: [Self.outOfRangeFlag] + flags))
        }
        guard let number = number(text, suffix: column.suffix) else {
            return .unreadable(ReadingValue(quantity: nil, text: text, flags: flags + [Self.unreadableFlag]))
        }
        return .value(ReadingValue(quantity: Quantity(number.0, column.unit, fractionDigits: number.1), flags: flags))
    }

    private func number(_ text: String, suffix: String?) -> (Double, Int)? {
        var body = Substring(text)
        if let suffix, !suffix.isEmpty, body.hasSuffix(suffix) { body = body.dropLast(suffix.count) }
        let other: Character = decimalMark == "," ? "." : ","
        guard !body.contains(other) else { return nil }
        let plain = decimalMark == "," ? body.replacingOccurrences(of: ",", with: ".") : String(body)
        return Quantity.parseNumber(plain.trimmingCharacters(in: .whitespaces))
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
