import PerfusioCore

/// One readings cell: `48`, `7.40`, or with device marks `48 !low-signal excluded:artefact.flat-line`.
///
/// The convention (docs/log-format.md): the number first; then any `!flag` words (device flags); then at most
/// one `excluded:RULE` (the artefact rule that excluded the value from figures). `-`, `—` and `n/a` mean
/// not measured and are kept as written.
struct ReadingCell {
    /// Marks meaning "not measured", kept as text without a diagnostic.
    static let notMeasured: Set<String> = ["-", "--", "---", "—", "–", "n/a", "na", "nm", "n/m"]
    /// The `excludedBy` the reader gives a value outside `Parameter.possibleRange`.
    static let impossibleMarker = "read.value.impossible"

    enum Parsed {
        case value(ReadingValue)
        case notANumber(ReadingValue)
    }

    static func parse(_ cell: String, unit: ClinicalUnit) -> Parsed {
        if notMeasured.contains(cell.lowercased()) { return .value(ReadingValue(quantity: nil, text: cell)) }
        let words = cell.contains(" " as Character) ? cell.split(separator: " ").map(String.init) : [cell]
        guard let number = words.first, let (value, digits) = Quantity.parseNumber(number) else {
            return .notANumber(ReadingValue(quantity: nil, text: cell))
        }
        var flags: [String] = []
        var excluded: String?
        for word in words.dropFirst() {
            if word.hasPrefix("!"), word.count > 1 { flags.append(String(word.dropFirst())) }
            else if word.hasPrefix("excluded:"), word.count > 9, excluded == nil { excluded = String(word.dropFirst(9)) }
            else { return .notANumber(ReadingValue(quantity: nil, text: cell)) }
        }
        return .value(ReadingValue(quantity: Quantity(value, unit, fractionDigits: digits), text: number,
                                   flags: flags, excludedBy: excluded))
    }

    /// The cell as the writer puts it back.
    static func write(_ value: ReadingValue) -> String {
        guard value.quantity != nil else { return value.text }
        var words = [value.text.isEmpty ? value.quantity!.formattedValue : value.text]
        words += value.flags.map { "!" + $0 }
        if let excluded = value.excludedBy, excluded != impossibleMarker { words.append("excluded:" + excluded) }
        return words.joined(separator: " ")
    }
}
