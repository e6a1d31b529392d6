import Mustache
import PerfusioMarkdown

/// swift-mustache's HTML escaping, made fast for text with nothing to escape (most values: numbers with units,
/// times, plain words), and registered as the `HTML` content type that the report and handover templates name
/// with `{{% CONTENT_TYPE: HTML}}`.
///
/// The output is exactly swift-mustache's own (`String.htmlEscape`), through ``MarkdownHTML/escape(_:)``, the one
/// escaper the project has: it returns text with nothing to escape as it is, where the library looks each
/// character up in a dictionary (the cost the profile showed). A template without the pragma still gets the
/// library's HTML escaping, with the same output.
struct HTMLEscaping: MustacheContentType {
    /// Makes `{{% CONTENT_TYPE: HTML}}` use this escaping; call before templates are parsed.
    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: "HTML")
    }

    func escapeText(_ text: String) -> String { MarkdownHTML.escape(text) }
}
