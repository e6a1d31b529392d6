import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioRender

/// A record whose every field holds markup, script, a `javascript:` link or template syntax renders it as
/// inert text in every document and format.
@Suite struct HostileTextTests {
    func render(_ payload: String, _ document: DocumentTemplates.Document, _ format: DocumentFormat) async throws -> String {
        let record = HostileRecord.make(payload)
        let findings = [HostileRecord.finding(payload)]
        let templates = try await CheckoutTemplates.load()
        return document == .report
            ? try templates.render(ReportView(record: record, findings: findings, format: format, chartFile: payload), format: format)
            : try templates.render(HandoverView(record: record, findings: findings, format: format), format: format)
    }

    @Test(arguments: DocumentTemplates.Document.allCases)
    func scriptTagsAreText(_ document: DocumentTemplates.Document) async throws {
        let html = try await render("<script>alert(1)</script>", document, .html)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(WellFormedXML.error(in: html) == nil)
        let markdown = try await render("<script>alert(1)</script>", document, .markdown)
        #expect(!unescaped("<script", in: markdown))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
    }

    @Test(arguments: DocumentTemplates.Document.allCases)
    func attributeBreakoutsAreText(_ document: DocumentTemplates.Document) async throws {
        let html = try await render("\"><img src=x onerror=alert(1)>", document, .html)
        #expect(!html.contains("<img"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(WellFormedXML.error(in: html) == nil)
        let markdown = try await render("\"><img src=x onerror=alert(1)>", document, .markdown)
        #expect(!unescaped("<img", in: markdown))
        #expect(markdown.contains("\"\\>\\<img src=x onerror=alert(1)\\>"))
    }

    @Test(arguments: DocumentTemplates.Document.allCases)
    func javascriptLinksAreText(_ document: DocumentTemplates.Document) async throws {
        let payload = "[click](javascript:alert(1)) <javascript:alert(1)>"
        let html = try await render(payload, document, .html)
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("[click](javascript:alert(1)) &lt;javascript:alert(1)&gt;"))
        let markdown = try await render(payload, document, .markdown)
        #expect(!unescaped("[click]", in: markdown))
        #expect(!unescaped("<javascript", in: markdown))
        #expect(markdown.contains("\\[click\\](javascript:alert(1)) \\<javascript:alert(1)\\>"))
    }

    @Test(arguments: DocumentTemplates.Document.allCases, DocumentFormat.allCases)
    func templateSyntaxIsText(_ document: DocumentTemplates.Document, _ format: DocumentFormat) async throws {
        let payload = "{{mustache}} {{{triple}}} {{> partials/style}}"
        let text = try await render(payload, document, format)
        let escaped = format == .html ? "{{mustache}} {{{triple}}} {{&gt; partials/style}}" : "{{mustache}} {{{triple}}} {{\\> partials/style}}"
        #expect(text.contains(escaped))
        #expect(text.components(separatedBy: "@page").count == (format == .html ? 2 : 1))
    }

    @Test func controlCharactersAreReplacedSoTheHTMLStaysWellFormed() async throws {
        let html = try await render("bell\u{7} nul\u{0} esc\u{1B}", .report, .html)
        #expect(html.contains("bell\u{FFFD} nul\u{FFFD} esc\u{FFFD}"))
        #expect(WellFormedXML.error(in: html) == nil)
    }

    @Test func theChartLinkIsPercentEncoded() async throws {
        let markdown = try await render("a b/<c>.svg", .report, .markdown)
        #expect(markdown.contains("![Perfusion chart](a%20b%2F%3Cc%3E.svg)"))
    }

    /// True when `markup` occurs in `markdown` without a backslash before it.
    func unescaped(_ markup: String, in markdown: String) -> Bool {
        markdown.components(separatedBy: markup).dropFirst().indices.contains { i in
            let before = markdown.components(separatedBy: markup)[i - 1]
            return !before.hasSuffix("\\")
        }
    }
}
