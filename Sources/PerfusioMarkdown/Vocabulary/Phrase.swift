/// Normalises text for matching against the vocabulary tables: lower case, `-` and `_` read as spaces,
/// runs of spaces collapsed. `X-clamp  On` and `x clamp on` match the same entry.
enum Phrase {
    static func normalise(_ text: String) -> String {
        normaliseASCII(text) ?? normaliseCharacters(text)
    }

    /// ``normalise(_:)`` for any text, by `Character`.
    static func normaliseCharacters(_ text: String) -> String {
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

    /// ``normalise(_:)`` by scalar for ASCII text without CR plus a few other scalars (`°`, `µ`, `–`, `—`, no-break
    /// space): each is one `Character` there (none joins its neighbours), and lower case changes only `A`–`Z`.
    /// nil for other text.
    static func normaliseASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x80 ? value != 0x0D : caselessScalars.contains(value) else { return nil }
            let isSpace = value == 0x20 || value == 0x2D || value == 0x5F || value == 0x09 || value == 0x0A || value == 0xA0
            if isSpace {
                if !lastWasSpace { out.append(UInt8(ascii: " ")) }
            } else if value < 0x80 {
                out.append((0x41...0x5A).contains(value) ? UInt8(value + 32) : UInt8(value))
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
            lastWasSpace = isSpace
        }
        if out.last == UInt8(ascii: " ") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Non-ASCII scalars ``normaliseASCII(_:)`` reads: degree sign, micro sign, en and em dash, no-break space.
    private static let caselessScalars: Set<UInt32> = [0xB0, 0xB5, 0x2013, 0x2014, 0xA0]

    /// True when the ASCII `needle` occurs in `text`: a byte search when `text` is ASCII too (where it finds what
    /// `String.contains` finds), else `String.contains` itself.
    ///
    /// In other text a match has the needle's own bytes (the only text canonically equivalent to ASCII is that ASCII,
    /// save the singletons for `K`, `;` and `` ` ``), so text without them does not contain the needle; text with
    /// them is left to `String.contains`, which decides on composed characters.
    static func contains(_ text: String, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";")
            && $0 != UInt8(ascii: "`") }) else { return text.contains(needle) }
        let haystack = Array(text.utf8)
        guard pattern.count <= haystack.count else { return text.contains(needle) }
        for offset in 0...(haystack.count - pattern.count)
        where haystack[offset] == pattern[0] && haystack[offset..<offset + pattern.count].elementsEqual(pattern) {
            return haystack.allSatisfy { $0 < 0x80 } ? true : text.contains(needle)
        }
        return false
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
        containsWordsASCII(text, phrase) ?? containsWordsByScalars(text, phrase)
    }

    /// ``containsWords(_:_:)`` for any text, with boundaries decided by Unicode scalar.
    static func containsWordsByScalars(_ text: String, _ phrase: String) -> Bool {
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

    /// ``containsWords(_:_:)`` on bytes when both texts are ASCII (each byte one scalar, a letter or number being
    /// `[A-Za-z0-9]`); nil otherwise.
    static func containsWordsASCII(_ text: String, _ phrase: String) -> Bool? {
        var text = text, phrase = phrase
        return text.withUTF8 { haystack in
            phrase.withUTF8 { needle -> Bool? in
                guard haystack.allSatisfy({ $0 < 0x80 }), needle.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard !needle.isEmpty, needle.count <= haystack.count else { return false }
                for offset in 0...(haystack.count - needle.count) where haystack[offset] == needle[0] {
                    let end = offset + needle.count
                    guard UnsafeBufferPointer(rebasing: haystack[offset..<end]).elementsEqual(needle) else { continue }
                    if (offset == 0 || !isWordByte(haystack[offset - 1])) && (end == haystack.count || !isWordByte(haystack[end])) {
                        return true
                    }
                }
                return false
            }
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// True for the start or end of the text, or a scalar that is neither a letter nor a number.
    private static func isBoundary(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        let c = Character(scalar)
        return !(c.isLetter || c.isNumber)
    }
}
