import Mustache
import Testing
@testable import PerfusioRender

/// ``HTMLEscaping`` gives exactly swift-mustache's own HTML escaping, and the shipped HTML templates use it.
@Suite struct HTMLEscapingTests {
    static let texts = [
        "", "plain 4.5 L/min", "MAP < 50 mmHg & falling", "<script>alert('x')</script>", "\"quoted\" and 'single'",
        "a\u{0338}<\u{0338}>\u{0338}&", "<\u{0301}", "emoji 👩🏽‍⚕️ <b>", "tab\tline\nCRLF\r\nend>", "&amp; already", "°C ≥ 36",
        "\u{FFFD}\u{0}<", "'", ">>>", String(repeating: "é<", count: 40),
    ]

    @Test(arguments: texts)
    func escapesAsSwiftMustacheDoes(_ text: String) throws {
        // A template without a content type pragma escapes with the library's own HTML escaping.
        let library = try MustacheTemplate(string: "{{x}}").render(["x": text])
        #expect(HTMLEscaping().escapeText(text) == library)
    }

    @Test func textWithNothingToEscapeIsReturnedAsItIs() {
        #expect(HTMLEscaping().escapeText("Pump flow 4.7 L/min at 09:35") == "Pump flow 4.7 L/min at 09:35")
        #expect(HTMLEscaping().escapeText("°C ≥ 36 · naïve") == "°C ≥ 36 · naïve")
        #expect(HTMLEscaping().escapeText("a'b") == "a&#39;b")
    }

    @Test func theHTMLReportAndHandoverTemplatesAndTheirPartialsNameTheHTMLContentType() throws {
        let names = try TemplateNames(folder: CheckoutTemplates.folder)
        let html = ["report/html", "handover/html"]
        let partials = html.flatMap { names.tags($0) }.filter { $0.0 == ">" }.map(\.1)
        #expect(partials.count >= 6)
        let without = Set(html + partials).filter { !(names.sources[$0] ?? "").hasPrefix("{{% CONTENT_TYPE: HTML}}\n") }
        #expect(without.sorted() == ["partials/style"])
    }
}

/// A ``TemplateText`` renders as its `String` would, in every kind of tag.
@Suite struct TemplateTextTests {
    static let template = """
        [{{x}}][{{{x}}}][{{#x}}in {{.}} {{y}}{{/x}}][{{^x}}none{{/x}}][{{uppercased(x)}}][{{#empty(x)}}empty{{/empty(x)}}]\
        [{{#list}}{{.}},{{/list}}]
        """

    @Test(arguments: ["", "a<b & 'c'", "plain"])
    func rendersAsItsString(_ text: String) throws {
        let t = try MustacheTemplate(string: Self.template)
        let plain = t.render(["x": text, "y": "outer", "list": [text, "z"]] as [String: Any])
        let wrapped = t.render(["x": TemplateText(text), "y": TemplateText("outer"), "list": [text, "z"].templateTexts] as [String: Any])
        #expect(wrapped == plain)
    }
}
