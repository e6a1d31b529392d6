import PerfusioMarkdown

/// Text made safe for XML and XHTML: escaped, and stripped of characters XML 1.0 forbids.
///
/// A record may hold any Unicode text, including control characters a device export left in; XML 1.0 allows
/// only tab, line feed, carriage return and characters from U+0020 (excluding surrogates and U+FFFE/U+FFFF),
/// so anything else is replaced with U+FFFD and the report stays well-formed.
enum XMLText {
    /// `text` with forbidden characters replaced, unescaped (Mustache escapes it).
    static func sanitized(_ text: String) -> String {
        guard scan(text, stopsAt: { _ in false }), text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(out)
    }

    /// `text` sanitized and escaped for an attribute value or element content.
    static func escaped(_ text: String) -> String {
        // Most values (numbers, colours, labels, times) have nothing to replace or escape.
        scan(text, stopsAt: MarkdownHTML.isEscaped) ? MarkdownHTML.escape(sanitized(text)) : text
    }

    /// Whether `text` may need work: true at the first byte that `stopsAt` or that may start a forbidden character
    /// (a control byte other than tab, line feed and carriage return; U+FFFE and U+FFFF, `EF BF BE`/`EF BF BF`).
    /// Swift strings are valid UTF-8, so there are no surrogates to look for.
    static func scan(_ text: String, stopsAt: (UInt8) -> Bool) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for i in bytes.indices {
                let b = bytes[i]
                if b < 0x20 ? (b != 0x09 && b != 0x0A && b != 0x0D) : stopsAt(b) { return true }
                if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return true }
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? true
    }

    private static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
