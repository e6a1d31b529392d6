import Foundation

/// Turns a note's Markdown into HTML that is safe to insert unescaped: paragraphs of escaped text.
///
/// Interim: until the Markdown module's `MarkdownHTML.render` (cmark-gfm, raw HTML suppressed, unsafe link
/// schemes dropped) is available, notes keep their words and line breaks but not their Markdown formatting.
enum NoteHTML {
    static func render(_ markdown: String) -> String {
        let paragraphs = markdown.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        return paragraphs.map { p in
            "<p>" + p.split(whereSeparator: \.isNewline).map { XMLText.escaped(String($0)) }.joined(separator: "<br />\n") + "</p>"
        }.joined(separator: "\n") + (paragraphs.isEmpty ? "" : "\n")
    }
}
