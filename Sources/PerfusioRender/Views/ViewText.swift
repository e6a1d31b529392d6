/// Prepares record text for a template: HTML text is only sanitized (Mustache escapes it), Markdown text is
/// escaped here because the Markdown templates turn Mustache's escaping off (`{{% CONTENT_TYPE: TEXT}}`).
///
/// Markdown escaping backslash-escapes every character that could start markup (CommonMark §2.4 allows a
/// backslash before any ASCII punctuation): emphasis, code, links and images, raw HTML and entities, tables,
/// headings, lists, block quotes. `{{` has no meaning in Markdown and a rendered value is never re-parsed as a
/// template, so template syntax in a record stays text. Line breaks become spaces in inline values.
struct ViewText: Sendable {
    var format: DocumentFormat

    /// `text` made safe for one line of the output (a table cell, a list item).
    func inline(_ text: String) -> String {
        let oneLine = !Self.mayHoldLineBreak(text) ? text
            : text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
        return format == .html ? XMLText.sanitized(oneLine) : Self.markdownEscaped(oneLine, atLineStart: false)
    }

    /// Whether `text` may hold a character that `isNewline`: U+000A to U+000D, U+0085 (`C2 85`), U+2028 and U+2029
    /// (`E2 80 A8`, `E2 80 A9`); false means it certainly holds none.
    static func mayHoldLineBreak(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.contains { i in
                let b = bytes[i]
                return (0x0A...0x0D).contains(b) || (b == 0x85 && i > 0 && bytes[i - 1] == 0xC2)
                    || ((b == 0xA8 || b == 0xA9) && i > 1 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2)
            }
        } ?? true
    }

    /// `text` made safe as a block of lines (notes, handover text in Markdown output).
    func block(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            format == .html ? XMLText.sanitized(String(line)) : Self.markdownEscaped(String(line), atLineStart: true)
        }
    }

    /// Characters with a meaning anywhere in a line: emphasis, code, links and images, raw HTML and entities,
    /// tables, strikethrough, headings and block quotes.
    static let markdownSpecial: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!"]

    /// `text` with Markdown's special characters backslash-escaped; at the start of a line also those that only
    /// mean something there (`-`, `+`, `=`, and the `.` or `)` of `1.`). Leading spaces (an indented code block)
    /// are dropped.
    static func markdownEscaped(_ text: String, atLineStart: Bool) -> String {
        let trimmed = XMLText.sanitized(text).drop(while: { $0 == " " || $0 == "\t" })
        var out = ""
        out.reserveCapacity(trimmed.utf8.count + 8)
        let leadingDigits = !atLineStart ? 0 : trimmed.prefix(while: \.isASCII).prefix(while: \.isNumber).count
        for (i, c) in trimmed.enumerated() {
            let atStart = atLineStart && i == 0 && "-+=".contains(c)
            let listMark = leadingDigits > 0 && i == leadingDigits && (c == "." || c == ")")
            if markdownSpecial.contains(c) || atStart || listMark { out.append("\\") }
            out.append(c == "\t" ? " " : c)
        }
        return out
    }
}
