import Foundation
import PerfusioCore

/// The Markdown body's lines, for taking source text by span and for turning cmark's UTF-8 byte columns
/// into the Unicode-scalar columns diagnostics use. Body line 1 is file line `lineOffset + 1`.
///
/// The body is kept as one byte array with each line's range (without its `\n` and a trailing `\r`); spans on one
/// line are cut and trimmed on the bytes (``ByteTrim``), building one `String` per cell.
struct SourceText: Sendable {
    let file: String
    let lineOffset: Int
    private let bytes: [UInt8]
    private let lines: [Range<Int>]
    /// For each line, true when all its bytes are ASCII (its byte columns are its scalar columns).
    private let isASCII: [Bool]

    init(_ body: String, file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
        let bytes = Array(body.utf8)
        var lines: [Range<Int>] = []
        var isASCII: [Bool] = []
        var start = 0
        while true {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            lines.append(start..<(end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end))
            isASCII.append(bytes[start..<end].allSatisfy { $0 < 0x80 })
            guard end < bytes.count else { break }
            start = end + 1
        }
        self.bytes = bytes
        self.lines = lines
        self.isASCII = isASCII
    }

    /// The location of body `line`, byte `column` (both 1-based), in file lines and scalar columns.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        var scalars = 0
        if line >= 1 && line <= lines.count {
            let range = lines[line - 1]
            let end = range.lowerBound + min(max(byteColumn - 1, 0), range.count)
            if isASCII[line - 1] {
                scalars = end - range.lowerBound
            } else {
                for i in range.lowerBound..<end where bytes[i] & 0xC0 != 0x80 { scalars += 1 }
            }
        }
        return SourceLocation(file: file, line: line + lineOffset, column: scalars + 1)
    }

    /// Where a span starts.
    func location(_ span: SourceSpan) -> SourceLocation { location(line: span.startLine, byteColumn: span.startColumn) }

    /// The source text of a span; continuation lines lose their indentation.
    func text(_ span: SourceSpan) -> String {
        guard span.startLine >= 1, span.startLine <= lines.count else { return "" }
        if let range = singleLine(span) {
            if let trimmed = ByteTrim(bytes, range, leading: false) { return String(decoding: bytes[trimmed.range], as: UTF8.self) }
            return String(decoding: bytes[range], as: UTF8.self).trimmingTrailingWhitespace()
        }
        var endLine = min(span.endLine, lines.count), endColumn = span.endColumn
        if endColumn <= 0, endLine > span.startLine { endLine -= 1; endColumn = lines[endLine - 1].count }
        var parts: [String] = []
        for number in span.startLine...max(endLine, span.startLine) {
            let piece = String(decoding: bytes[piece(number, span, endLine: endLine, endColumn: endColumn)], as: UTF8.self)
            parts.append(number == span.startLine ? piece : String(piece.drop { $0 == " " || $0 == "\t" }))
        }
        return parts.joined(separator: "\n").trimmingTrailingWhitespace()
    }

    /// A table cell's text, trimmed, and where the text (not the padding) starts.
    func cell(_ span: SourceSpan) -> (text: String, location: SourceLocation) {
        if span.startLine >= 1, span.startLine <= lines.count, let range = singleLine(span),
           let trimmed = ByteTrim(bytes, range, leading: true) {
            var text = String(decoding: bytes[trimmed.range], as: UTF8.self)
            if bytes[trimmed.range].contains(UInt8(ascii: "\\")) { text = text.replacingOccurrences(of: "\\|", with: "|") }
            return (text, location(line: span.startLine, byteColumn: span.startColumn + trimmed.leading))
        }
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
        return (first...min(last, lines.count)).map { String(decoding: bytes[lines[$0 - 1]], as: UTF8.self) }
            .joined(separator: "\n").trimmingTrailingWhitespace()
    }

    /// True when body `line` holds nothing but spaces, tabs and at most one `|` after byte `column` (1-based), so
    /// a table row has no text beyond its last cell.
    func hasNoTextAfter(line: Int, byteColumn column: Int) -> Bool {
        guard line >= 1, line <= lines.count, column >= 0 else { return false }
        let range = lines[line - 1]
        guard column < range.count else { return true }
        var pipes = 0
        for byte in bytes[(range.lowerBound + column)..<range.upperBound] {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            case UInt8(ascii: "|"): pipes += 1
            default: return false
            }
        }
        return pipes <= 1
    }

    /// The byte range of a span that starts and ends on one line, as ``text(_:)`` cuts it; nil for longer spans.
    private func singleLine(_ span: SourceSpan) -> Range<Int>? {
        let endLine = min(span.endLine, lines.count)
        guard endLine <= span.startLine else { return nil }
        return piece(span.startLine, span, endLine: endLine, endColumn: span.endColumn)
    }

    /// The bytes of line `number` that a span from `span`'s start to `endLine`/`endColumn` covers.
    private func piece(_ number: Int, _ span: SourceSpan, endLine: Int, endColumn: Int) -> Range<Int> {
        let range = lines[number - 1]
        let from = number == span.startLine ? min(max(span.startColumn - 1, 0), range.count) : 0
        let to = number == endLine ? min(max(endColumn, from), range.count) : range.count
        return (range.lowerBound + from)..<(range.lowerBound + to)
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
