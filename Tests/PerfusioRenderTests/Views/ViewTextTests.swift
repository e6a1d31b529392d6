import PerfusioCore
import Testing
@testable import PerfusioRender

@Suite struct ViewTextTests {
    let markdown = ViewText(format: .markdown)
    let html = ViewText(format: .html)

    @Test func markdownInlineEscapesEveryMarkupCharacter() {
        #expect(markdown.inline("*a* _b_ `c` [d](e) <f> # g | h ~i~ &amp; !j \\") ==
                "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\# g \\| h \\~i\\~ \\&amp; \\!j \\\\")
    }

    @Test func markdownInlineKeepsNumbersReadableAndJoinsLines() {
        #expect(markdown.inline("1.98 m² -5 +3\nnext") == "1.98 m² -5 +3 next")
    }

    @Test func markdownBlockLinesEscapeWhatStartsABlock() {
        #expect(markdown.block("- item\n1. first\n  + two\n=== \n3) x") == ["\\- item", "1\\. first", "\\+ two", "\\=== ", "3\\) x"])
    }

    @Test func htmlTextIsLeftForMustacheToEscapeButSanitized() {
        #expect(html.inline("<b>\u{0}</b>\nnext") == "<b>\u{FFFD}</b> next")
    }

    @Test func durationsReadAsPerfusionistsWriteThem() {
        #expect(DurationText.minutes(109) == "109 min")
        #expect(DurationText.minutes(3938) == "65 h 38 min")
    }

    @Test func findingsAreSummarisedBySeverity() {
        let d = [Diagnostic.warning("a", "m"), Diagnostic.error("b", "m"), Diagnostic.warning("c", "m")]
        #expect(FindingsSummary.text(d) == "3 findings: 1 error, 2 warnings")
        #expect(FindingsSummary.text([]) == "No findings")
    }

    @Test func aFindingShowsItsMeasuredValueSourceAndPlace() {
        let d = Diagnostic(id: "adult.map.low", severity: .warning, message: "MAP below 50 mmHg on bypass",
                           location: SourceLocation(file: "adult-cabg.md", line: 52, column: 3), source: "EACTS-2019",
                           finding: Finding(time: RenderFixtures.at(9, 35), value: "48 mmHg", threshold: "50 mmHg"))
        let view = FindingView(number: 1, diagnostic: d, text: html, time: { $0.timeOfDay.description })
        let fields: [String?] = [view.number, view.severity, view.severityClass, view.id, view.time, view.message,
                                 view.measured, view.source, view.location]
        #expect(fields == ["1", "Warning", "warning", "adult.map.low", "09:35", "MAP below 50 mmHg on bypass",
                           "48 mmHg; threshold 50 mmHg", "EACTS-2019", "adult-cabg.md:52:3"])
    }
}
