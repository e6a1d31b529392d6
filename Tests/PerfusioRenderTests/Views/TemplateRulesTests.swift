import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioRender

/// Rules the templates must keep: every name they use exists in the view, and triple braces (unescaped output)
/// only for markup our own code made.
@Suite struct TemplateRulesTests {
    /// The only values a template may insert unescaped: the chart SVG and note HTML, both made by our code.
    static let unescapedAllowed: Set<String> = ["chartSVG", "html"]

    @Test(arguments: DocumentFormat.allCases)
    func everyNameInTheReportTemplateExistsInTheView(_ format: DocumentFormat) throws {
        let names = try TemplateNames(folder: CheckoutTemplates.folder)
        let record = HostileRecord.make("x")
        let view = ReportView(record: record, findings: [HostileRecord.finding("x")], format: format, chartFile: "x.svg")
        #expect(names.missing(in: "report/\(format.rawValue)", view: view) == [])
    }

    @Test(arguments: DocumentFormat.allCases)
    func everyNameInTheHandoverTemplateExistsInTheView(_ format: DocumentFormat) throws {
        let names = try TemplateNames(folder: CheckoutTemplates.folder)
        let view = HandoverView(record: HostileRecord.make("x"), findings: [HostileRecord.finding("x")], format: format)
        #expect(names.missing(in: "handover/\(format.rawValue)", view: view) == [])
    }

    @Test func aMisspelledNameIsCaught() throws {
        var names = try TemplateNames(folder: CheckoutTemplates.folder)
        names.sources["probe"] = "{{title}} {{#findings}}{{mesage}}{{/findings}} {{> partials/nothing}}"
        let view = ReportView(record: HostileRecord.make("x"), findings: [HostileRecord.finding("x")], format: .html)
        #expect(names.missing(in: "probe", view: view) == ["probe: mesage", "partials/nothing: no such template"])
    }

    @Test func tripleBracesOnlyForMarkupOurCodeMade() throws {
        let names = try TemplateNames(folder: CheckoutTemplates.folder)
        #expect(!names.sources.isEmpty)
        var offenders: [String] = [], used: Set<String> = []
        for template in names.sources.keys.sorted() {
            for (sigil, name) in names.tags(template) where sigil == "{" || sigil == "&" {
                used.insert(name)
                if !Self.unescapedAllowed.contains(name) { offenders.append("\(template): \(name)") }
            }
        }
        #expect(offenders == [])
        #expect(used == Self.unescapedAllowed)
    }

    @Test func markdownTemplatesAndPartialsTurnHTMLEscapingOff() throws {
        // swift-mustache resets the content type to HTML in every partial: each Markdown one must set TEXT itself.
        let names = try TemplateNames(folder: CheckoutTemplates.folder)
        let markdown = names.sources.keys.filter { $0.hasSuffix("/markdown") || $0.hasPrefix("partials/md-") }.sorted()
        #expect(markdown.count >= 7)
        #expect(markdown.filter { !(names.sources[$0] ?? "").hasPrefix("{{% CONTENT_TYPE: TEXT}}") } == [])
    }
}
