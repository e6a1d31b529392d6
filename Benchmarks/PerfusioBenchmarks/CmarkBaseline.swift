import CCmarkGFM
import Foundation

/// The Markdown baseline: cmark-gfm's C library parsing one document with the table and tasklist extensions and
/// rendering it to HTML, a new parser per document. (The `cmark-gfm` command line joins all its input files into one
/// document, so timing it over many files measures something else.)
enum CmarkBaseline {
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// The HTML of one document.
    static func html(_ bytes: [UInt8]) -> Int {
        _ = registered
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        let root = cmark_parser_finish(parser)!
        defer { cmark_node_free(root) }
        guard let html = cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else { return 0 }
        defer { free(html) }
        return strlen(html)
    }
}
