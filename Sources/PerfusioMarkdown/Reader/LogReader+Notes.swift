import PerfusioCore

extension LogReader.Session {
    /// Notes: each block kept as Markdown, one note per block, with its origin.
    mutating func readNotes(_ blocks: [MarkdownBlock]) {
        for block in blocks {
            record.notes.append(Note(text: body.text(block.span), origin: .typed(at: body.location(block.span))))
        }
    }

    /// Handover: the whole section kept as Markdown.
    mutating func readHandover(_ blocks: [MarkdownBlock]) {
        guard let first = blocks.first, let last = blocks.last else { return }
        let text = body.text(SourceSpan(startLine: first.span.startLine, startColumn: 1,
                                        endLine: last.span.endLine, endColumn: Int.max))
        record.handover = [record.handover, text].compactMap { $0 }.joined(separator: "\n\n")
    }
}
