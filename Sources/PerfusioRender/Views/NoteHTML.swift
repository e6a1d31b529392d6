import PerfusioMarkdown

/// Turns a note's Markdown into HTML that is safe to insert unescaped: cmark-gfm through ``MarkdownHTML`` (raw HTML
/// omitted, unsafe link schemes emptied), after replacing characters XML forbids so the report stays well-formed.
enum NoteHTML {
    static func render(_ markdown: String) -> String {
        MarkdownHTML.render(XMLText.sanitized(markdown))
    }
}
