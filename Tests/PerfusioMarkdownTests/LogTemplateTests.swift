import PerfusioCore
import Testing
@testable import PerfusioMarkdown

@Suite struct LogTemplateTests {
    @Test(arguments: CaseKind.allCases)
    func blankLogReadsWithoutDiagnostics(kind: CaseKind) throws {
        let date = try #require(CaseDate(year: 2026, month: 5, day: 2))
        let result = readLog(LogTemplate.blank(kind: kind, date: date))
        #expect(result.diagnostics.map(Found.init) == [])
        let record = try #require(result.record)
        #expect(record.header.kind == kind)
        #expect(record.header.date == date)
        #expect(record.events.isEmpty && record.readings.isEmpty)
        #expect(!record.checklist.isEmpty && record.checklist.allSatisfy { !$0.isChecked })
    }
}

@Suite struct MarkdownHTMLTests {
    @Test func rendersInlineMarkupTablesAndTaskLists() {
        #expect(MarkdownHTML.render("Chest drains **80 mL**") == "<p>Chest drains <strong>80 mL</strong></p>\n")
        #expect(MarkdownHTML.render("| a |\n|---|\n| 1 |\n").contains("<table>"))
        #expect(MarkdownHTML.render("- [x] done\n").contains("checked=\"\""))
    }

    @Test func omitsRawHTML() {
        let html = MarkdownHTML.render("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("onerror"))
    }

    @Test(arguments: ["javascript:alert(1)", "vbscript:x", "file:///etc/passwd", "data:text/html,x"])
    func dropsUnsafeLinks(url: String) {
        let html = MarkdownHTML.render("[click](\(url))")
        #expect(html == "<p><a href=\"\">click</a></p>\n")
    }

    @Test func keepsSafeLinks() {
        #expect(MarkdownHTML.render("[guide](https://example.org/a)") == "<p><a href=\"https://example.org/a\">guide</a></p>\n")
    }

    @Test func refusedInputIsEscapedText() {
        let html = MarkdownHTML.render(String(repeating: "![[]()", count: 600) + "<b>")
        #expect(html.hasPrefix("<p>![[]()"))
        #expect(html.hasSuffix("&lt;b&gt;</p>\n"))
    }
}
