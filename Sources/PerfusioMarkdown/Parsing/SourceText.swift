import Foundation
import PerfusioCore

/// The Markdown body's lines, for taking source text by span and for turning cmark's UTF-8 byte columns
/// into the Unicode-scalar columns diagnostics use. Body line 1 is file line `lineOffset + 1`.
struct SourceText: Sendable {
    let file: String
    let lineOffset: Int
    private let lines: [[UInt8]]

    init(_ body: String, file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
        var lines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Array($0) }
        for i in lines.indices where lines[i].last == UInt8(ascii: "\r") { lines[i].removeLast() }
        self.lines = lines
    }

    /// The location of body `line`, byte `column` (both 1-based), in file lines and scalar columns.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        var scalars = 0
        if line >= 1 && line <= lines.count {
            let bytes = lines[line - 1]
            for i in 0..<min(max(byteColumn - 1, 0), bytes.count) where bytes[i] & 0xC0 != 0x80 { scalars += 1 }
        }
        return SourceLocation(file: file, line: line + lineOffset, column: scalars + 1)
    }

    /// Where a span starts.
    func location(_ span: SourceSpan) -> SourceLocation { location(line: span.startLine, byteColumn: span.startColumn) }

    /// The source text of a span; continuation lines lose their indentation.
    func text(_ span: SourceSpan) -> String {
        guard span.startLine >= 1, span.startLine <= lines.count else { return "" }
        var endLine = min(span.endLine, lines.count), endColumn = span.endColumn
        if endColumn <= 0, endLine > span.startLine { endLine -= 1; endColumn = lines[endLine - 1].count }
        var parts: [String] = []
        for number in span.startLine...max(endLine, span.startLine) {
            let bytes = lines[number - 1]
            let from = number == span.startLine ? min(max(span.startColumn - 1, 0), bytes.count) : 0
            let to = number == endLine ? min(max(endColumn, from), bytes.count) : bytes.count
            let piece = String(decoding: bytes[from..<to], as: UTF8.self)
            parts.append(number == span.startLine ? piece : String(piece.drop { $0 == " " || $0 == "\t" }))
        }
        return parts.joined(separator: "\n").trimmingTrailingWhitespace()
    }

    /// A table cell's text, trimmed, and where the text (not the padding) starts.
    func cell(_ span: SourceSpan) -> (text: String, location: SourceLocation) {
        let raw = text(span)
        let leading = raw.prefix { $0 == " " || $0 == "\t" }.utf8.count
        let location = location(line: span.startLine, byteColumn: span.startColumn + leading)
        var text = String(raw.dropFirst(leading)).trimmingTrailingWhitespace()
        if text.utf8.contains(UInt8(ascii: "\\")) { text = text.replacingOccurrences(of: "\\|", with: "|") }
        return (text, location)
    }

    /// The whole text of body lines `first...last`, as written.
    func lines(_ first: Int, _ last: Int) -> String {
        guard first <= last, first >= 1 else { return "" }
        return (first...min(last, lines.count)).map { String(decoding: lines[$0 - 1], as: UTF8.self) }
            .joined(separator: "\n").trimmingTrailingWhitespace()
    }
}

extension String {
    /// The string without trailing spaces, tabs and newlines.
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\n" || last == "\r" { s = s.dropLast() }
        return String(s)
    }

    /// The string without leading and trailing spaces and tabs.
    var trimmed: String {
        String(drop { $0 == " " || $0 == "\t" }).trimmingTrailingWhitespace()
    }
}
