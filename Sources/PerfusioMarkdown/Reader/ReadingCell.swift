import PerfusioCore

/// One readings cell: `48`, `7.40`, or with device marks `48 !low-signal excluded:artefact.flat-line`.
///
/// The convention (docs/log-format.md): the number first; then any `!flag` words (device flags); then at most
/// one `excluded:RULE` (the artefact rule that excluded the value from figures). `-`, `—` and `n/a` mean
/// not measured and are kept as written; a device's out-of-range token (`---`, `-.-`) may carry the same marks
/// (`--- !out-of-range excluded:artefact.out-of-range`).
struct ReadingCell {
    /// Marks meaning "not measured", kept as text without a diagnostic.
    static let notMeasured: Set<String> = ["-", "--", "---", "-.-", "—", "–", "n/a", "na", "nm", "n/m"]
    /// The `excludedBy` the reader gives a value outside `Parameter.possibleRange`.
    static let impossibleMarker = "read.value.impossible"

    enum Parsed {
        case value(ReadingValue)
        case notANumber(ReadingValue)
    }

    static func parse(_ cell: String, unit: ClinicalUnit) -> Parsed {
        // No not-measured mark starts with a digit: a cell that does is not lowercased to look.
        let startsWithDigit = cell.utf8.first.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
        if !startsWithDigit, notMeasured.contains(cell.lowercased()) { return .value(ReadingValue(quantity: nil, text: cell)) }
        var first = cell, marks: (flags: [String], excluded: String?) = ([], nil)
        if cell.utf8.contains(UInt8(ascii: " ")) {  // a single word (most cells) is its own first word, with no marks
            let words = cell.split(separator: " ").map(String.init)
            guard let word = words.first, let found = self.marks(words.dropFirst()) else {
                return .notANumber(ReadingValue(quantity: nil, text: cell))
            }
            (first, marks) = (word, found)
        }
        if !startsWithDigit, notMeasured.contains(first.lowercased()) {
            return .value(ReadingValue(quantity: nil, text: first, flags: marks.flags, excludedBy: marks.excluded))
        }
        guard let (value, digits) = Quantity.parseNumber(first) else { return .notANumber(ReadingValue(quantity: nil, text: cell)) }
        return .value(ReadingValue(quantity: Quantity(value, unit, fractionDigits: digits), text: first,
                                   flags: marks.flags, excludedBy: marks.excluded))
    }

    /// The `!flag` words and at most one `excluded:RULE` after a cell's first word; nil when another word is there.
    private static func marks(_ words: ArraySlice<String>) -> (flags: [String], excluded: String?)? {
        var flags: [String] = []
        var excluded: String?
        for word in words {
            if word.hasPrefix("!"), word.count > 1 { flags.append(String(word.dropFirst())) }
            else if word.hasPrefix("excluded:"), word.count > 9, excluded == nil { excluded = String(word.dropFirst(9)) }
            else { return nil }
        }
        return (flags, excluded)
    }

    /// The cell as the writer puts it back.
    static func write(_ value: ReadingValue) -> String {
        if value.quantity == nil, !notMeasured.contains(value.text.lowercased()) { return value.text }
        var words = [value.text.isEmpty ? value.quantity?.formattedValue ?? "" : value.text]
        words += value.flags.map { "!" + $0 }
        if let excluded = value.excludedBy, excluded != impossibleMarker { words.append("excluded:" + excluded) }
        return words.joined(separator: " ")
    }
}
