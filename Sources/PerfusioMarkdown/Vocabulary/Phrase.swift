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

    /// True when `text` (normalised) contains `phrase` (normalised) as whole words. The search compares UTF-8 bytes
    /// (both sides are normalised the same way), not Foundation's `range(of:)`, which is slow on Linux.
    static func containsWords(_ text: String, _ phrase: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(phrase.utf8)
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var offset = 0
        while offset + needle.count <= haystack.count {
            defer { offset += 1 }
            guard haystack[offset] == first, haystack[offset..<offset + needle.count].elementsEqual(needle) else { continue }
            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            let upper = text.utf8.index(lower, offsetBy: needle.count)
            guard lower.samePosition(in: text.unicodeScalars) != nil, upper.samePosition(in: text.unicodeScalars) != nil else { continue }
            let before = lower == text.startIndex ? nil : text.unicodeScalars[text.unicodeScalars.index(before: lower)]
            let after = upper == text.endIndex ? nil : text.unicodeScalars[upper]
            if isBoundary(before) && isBoundary(after) { return true }
        }
        return false
    }

    /// True for the start or end of the text, or a scalar that is neither a letter nor a number.
    private static func isBoundary(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        let c = Character(scalar)
        return !(c.isLetter || c.isNumber)
    }
}
