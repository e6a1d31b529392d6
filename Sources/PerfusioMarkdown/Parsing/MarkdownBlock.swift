/// A source range in the Markdown body as cmark reports it: 1-based lines, 1-based UTF-8 byte columns.
struct SourceSpan: Hashable, Sendable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
}

/// A top-level block of the body, turned into a Swift value once; callers never see a cmark pointer.
enum MarkdownBlock: Hashable, Sendable {
    case heading(level: Int, span: SourceSpan)
    case paragraph(SourceSpan)
    case list([MarkdownListItem], SourceSpan)
    case table(MarkdownTable)
    /// Code, quotes, raw HTML, rules: kept as their source text.
    case other(SourceSpan)

    var span: SourceSpan {
        switch self {
        case .heading(_, let s), .paragraph(let s), .list(_, let s), .other(let s): s
        case .table(let t): t.span
        }
    }
}

/// A list item: its first paragraph (the text a log line holds) and, for task items, the tick.
struct MarkdownListItem: Hashable, Sendable {
    /// nil for a plain item, true or false for `- [x]` / `- [ ]`.
    var isChecked: Bool?
    /// The item's first paragraph; nil when the item is empty or starts with something else.
    var paragraph: SourceSpan?
    /// The whole item.
    var span: SourceSpan
    /// True when the item holds more than one block (a nested list, a second paragraph).
    var hasMoreBlocks: Bool
}

/// A GFM table: header cells and body rows.
struct MarkdownTable: Hashable, Sendable {
    var header: [MarkdownCell]
    var rows: [[MarkdownCell]]
    var span: SourceSpan
}

/// A table cell's span (padding included; the text is trimmed when read).
struct MarkdownCell: Hashable, Sendable {
    var span: SourceSpan
}
