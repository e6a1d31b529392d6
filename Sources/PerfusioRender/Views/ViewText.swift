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
        let oneLine = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
        return format == .html ? XMLText.sanitized(oneLine) : Self.markdownEscaped(oneLine, atLineStart: false)
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
