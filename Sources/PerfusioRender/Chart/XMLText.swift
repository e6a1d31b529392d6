/// Text made safe for XML and XHTML: escaped, and stripped of characters XML 1.0 forbids.
///
/// A record may hold any Unicode text, including control characters a device export left in; XML 1.0 allows
/// only tab, line feed, carriage return and characters from U+0020 (excluding surrogates and U+FFFE/U+FFFF),
/// so anything else is replaced with U+FFFD and the report stays well-formed.
enum XMLText {
    /// `text` with forbidden characters replaced, unescaped (Mustache escapes it).
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(out)
    }

    /// `text` sanitized and escaped for an attribute value or element content.
    static func escaped(_ text: String) -> String {
        // Most values (numbers, colours, plain labels) are printable ASCII with nothing to escape.
        if text.utf8.allSatisfy(isPlain) { return text }
        return HTMLEscaping.escaped(sanitized(text))
    }

    /// A byte that stands for itself in XML: printable ASCII other than `&`, `<`, `>`, `"` and `'`.
    static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0x27
    }

    private static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
