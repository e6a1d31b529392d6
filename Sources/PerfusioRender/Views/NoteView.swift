import PerfusioCore

/// A note or the handover text: safe HTML for the HTML templates, escaped lines for the Markdown ones.
public struct NoteView: Sendable, Hashable {
    /// HTML made by ``NoteHTML`` from the note's Markdown (raw HTML suppressed, unsafe links dropped); the only
    /// record-derived value a template may insert with triple braces.
    public var html: String
    /// The note's lines, escaped for Markdown.
    public var lines: [String]
    /// The section it stood in, when not a plain note (`Events`).
    public var section: String?
    /// True when the reader kept this text because it did not understand it.
    public var isUnparsed: Bool

    init(markdown: String, section: String?, isUnparsed: Bool, text: ViewText) {
        html = text.format == .html ? NoteHTML.render(markdown) : ""
        lines = text.format == .markdown ? text.block(markdown) : []
        self.section = section.map(text.inline)
        self.isUnparsed = isUnparsed
    }
}

extension ViewSource {
    var noteViews: [NoteView] {
        record.notes.map { NoteView(markdown: $0.text, section: $0.section, isUnparsed: $0.isUnparsed, text: text) }
    }

    var handoverNote: NoteView? {
        record.handover.flatMap { $0.isEmpty ? nil : NoteView(markdown: $0, section: nil, isUnparsed: false, text: text) }
    }
}
