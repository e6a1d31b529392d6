import CCmarkGFM
import Foundation
import PerfusioCore

/// The one place cmark-gfm is called: parses Markdown with the table and tasklist extensions and walks
/// the tree once into `MarkdownBlock` values, or renders safe HTML. Never uses `CMARK_OPT_UNSAFE`, so raw
/// HTML is omitted and `javascript:`-style links are emptied.
enum CmarkDocument {
    /// Registers the GFM core extensions exactly once per process.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// The top-level blocks of `text`. A long table (a captured record's readings) is parsed in pieces on all cores
    /// at once (``TableSplit``), giving the same blocks.
    static func blocks(_ text: String) -> [MarkdownBlock] {
        var text = text
        return text.withUTF8 { body in
            if let split = TableSplit(body, pieceCount: ConcurrentMap.cores), let joined = blocks(split) { return joined }
            return blocks(body)
        }
    }

    /// The blocks of `body` parsed in one piece.
    static func blocks(_ body: UnsafeBufferPointer<UInt8>) -> [MarkdownBlock] {
        withDocument(body) { root, _ in
            var out: [MarkdownBlock] = []
            var node = cmark_node_first_child(root)
            while let n = node {
                out.append(block(n))
                node = cmark_node_next(n)
            }
            return out
        }
    }

    /// The blocks of a body cut by `split`, each piece parsed on its own core and the table joined again; nil when
    /// cmark-gfm did not read a piece as the cut expects (the body is then parsed whole).
    static func blocks(_ split: TableSplit) -> [MarkdownBlock]? {
        let parsed = ConcurrentMap.map(split.pieces, concurrently: true) { piece in
            piece.withUnsafeBufferPointer { blocks($0) }
        }
        var first = parsed[0]
        guard let tableIndex = first.firstIndex(where: { $0.span.startLine == split.headerLine }),
              case .table(var table) = first[tableIndex],
              table.rows.count == split.rowCount(ofPiece: 0) else { return nil }
        for (index, blocks) in parsed.enumerated().dropFirst() {
            guard blocks.count == 1, case .table(let piece) = blocks[0], piece.span.startLine == split.firstRowLines[index] - 2,
                  piece.header.count == table.header.count, piece.rows.count == split.rowCount(ofPiece: index) else { return nil }
            table.rows += piece.rows
            table.span.endLine = piece.span.endLine
            table.span.endColumn = piece.span.endColumn
        }
        first[tableIndex] = .table(table)
        return first
    }

    /// Safe HTML for `text` (no raw HTML, unsafe link schemes dropped).
    static func html(_ text: String) -> String {
        withDocument(text) { root, parser in
            guard let cString = cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else { return "" }
            defer { free(cString) }
            return String(cString: cString)
        }
    }

    private static func withDocument<T>(_ text: String, _ body: (OpaquePointer, OpaquePointer) -> T) -> T {
        var text = text
        return text.withUTF8 { withDocument($0, body) }
    }

    private static func withDocument<T>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (OpaquePointer, OpaquePointer) -> T) -> T {
        _ = registered
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "tasklist", "strikethrough", "autolink"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        if let base = bytes.baseAddress {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
        }
        let root = cmark_parser_finish(parser)!
        defer { cmark_node_free(root) }
        return body(root, parser)
    }

    private static func span(_ n: OpaquePointer) -> SourceSpan {
        SourceSpan(startLine: Int(cmark_node_get_start_line(n)), startColumn: Int(cmark_node_get_start_column(n)),
                   endLine: Int(cmark_node_get_end_line(n)), endColumn: Int(cmark_node_get_end_column(n)))
    }

    private static func typeName(_ n: OpaquePointer) -> String {
        cmark_node_get_type_string(n).map { String(cString: $0) } ?? ""
    }

    private static func block(_ n: OpaquePointer) -> MarkdownBlock {
        switch typeName(n) {
        case "heading": .heading(level: Int(cmark_node_get_heading_level(n)), span: span(n))
        case "paragraph": .paragraph(span(n))
        case "list": .list(children(n).map(item), span(n))
        case "table": .table(table(n))
        default: .other(span(n))
        }
    }

    private static func item(_ n: OpaquePointer) -> MarkdownListItem {
        let blocks = children(n)
        let first = blocks.first.flatMap { typeName($0) == "paragraph" ? span($0) : nil }
        let checked: Bool? = typeName(n) == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(n) : nil
        return MarkdownListItem(isChecked: checked, paragraph: first, span: span(n), hasMoreBlocks: blocks.count > 1)
    }

    private static func table(_ n: OpaquePointer) -> MarkdownTable {
        var header: [MarkdownCell] = []
        var rows: [[MarkdownCell]] = []
        for row in children(n) {
            let cells = children(row).map { MarkdownCell(span: span($0)) }
            if typeName(row) == "table_header" { header = cells } else { rows.append(cells) }
        }
        return MarkdownTable(header: header, rows: rows, span: span(n))
    }

    private static func children(_ n: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(n)
        while let c = child {
            out.append(c)
            child = cmark_node_next(c)
        }
        return out
    }
}
