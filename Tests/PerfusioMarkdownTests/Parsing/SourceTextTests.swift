import PerfusioCore
import Testing
@testable import PerfusioMarkdown

/// Cells and texts cut on the body's bytes: scalar columns, trimming, escaped pipes, CRLF.
@Suite struct SourceTextTests {
    private func span(_ line: Int, _ from: Int, _ to: Int) -> SourceSpan {
        SourceSpan(startLine: line, startColumn: from, endLine: line, endColumn: to)
    }

    @Test(arguments: [
        // `| Temp ° | 37 |`: the second cell's padding starts at byte 12, its text at byte 13 (scalar 12).
        ("| Temp ° | 37 |\n", 12, 15, "37", 12),
        ("| a \\| b | c |", 2, 9, "a | b", 3),
        ("| x |    | y |", 6, 9, "", 6),
        ("|\t−3 | y |", 2, 6, "−3", 3),
        // ` \u{301}` is one Character, not a space: neither the leading nor the trailing trim takes it.
        ("| \u{301}x \u{301} |", 2, 9, " \u{301}x \u{301}", 2),
    ])
    func cellTextAndScalarColumn(line: String, from: Int, to: Int, text: String, column: Int) {
        let cell = SourceText(line, file: "f.md", lineOffset: 4).cell(span(1, from, to))
        #expect(cell.text == text)
        #expect(cell.location == SourceLocation(file: "f.md", line: 5, column: column))
    }

    @Test func crlfLinesLoseTheirCR() {
        let body = SourceText("a\r\n| 1 | 2 |\r\n", file: "f.md", lineOffset: 0)
        #expect(body.cell(span(2, 6, 8)).text == "2")
        #expect(body.text(span(2, 1, 99)) == "| 1 | 2 |")
        #expect(body.lines(1, 2) == "a\n| 1 | 2 |")
    }

    @Test func multiLineTextDropsContinuationIndent() {
        let body = SourceText("first\n   second  \n", file: "f.md", lineOffset: 0)
        #expect(body.text(SourceSpan(startLine: 1, startColumn: 1, endLine: 2, endColumn: 12)) == "first\nsecond")
    }

    @Test(arguments: [
        ("| 1 | 2 |", 8, true), ("| 1 | 2 |  ", 8, true), ("| 1 | 2", 7, true), ("| 1 | 2 | 3 |", 8, false),
        ("| 1 | 2 ||", 8, false), ("| 1 | 2 | é", 8, false),
    ])
    func textAfterTheLastCell(line: String, column: Int, none: Bool) {
        #expect(SourceText(line, file: "f.md", lineOffset: 0).hasNoTextAfter(line: 1, byteColumn: column) == none)
    }
}
