/// Normalises text for matching against the vocabulary tables: lower case, `-` and `_` read as spaces,
/// runs of spaces collapsed. `X-clamp  On` and `x clamp on` match the same entry.
enum Phrase {
    static func normalise(_ text: String) -> String {
        var out = ""
        var lastWasSpace = true
        for c in text.lowercased() {
            let isSpace = c == " " || c == "-" || c == "_" || c == "\t" || c == "\n" || c == "\u{00A0}"
            if isSpace {
                if !lastWasSpace { out.append(" ") }
            } else {
                out.append(c)
            }
            lastWasSpace = isSpace
        }
        return out.hasSuffix(" ") ? String(out.dropLast()) : out
    }

    /// True when `text` (normalised) starts with `phrase` (normalised) followed by a word boundary.
    static func hasPrefix(_ text: String, _ phrase: String) -> Bool {
        guard text.hasPrefix(phrase) else { return false }
        guard let next = text.dropFirst(phrase.count).first else { return true }
        return !(next.isLetter || next.isNumber)
    }

    /// True when `text` (normalised) contains `phrase` (normalised) as whole words.
    static func containsWords(_ text: String, _ phrase: String) -> Bool {
        var search = text[...]
        while let range = search.range(of: phrase) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let boundaryBefore = before.map { !($0.isLetter || $0.isNumber) } ?? true
            let boundaryAfter = after.map { !($0.isLetter || $0.isNumber) } ?? true
            if boundaryBefore && boundaryAfter { return true }
            search = text[range.upperBound...]
        }
        return false
    }
}
