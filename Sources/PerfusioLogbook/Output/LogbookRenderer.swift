import Mustache
import PerfusioCore

/// Renders a person's logbook or the department summary as HTML, Markdown, CSV or JSON.
///
/// Templates are given as text (the Perfusio library reads them from `templates/logbook/`), so this module does
/// no file I/O. HTML escapes every value; Markdown escapes every value for Markdown.
///
/// ```swift
/// let renderer = try LogbookRenderer(templates: ["logbook/person.html": text, …])
/// let html = try renderer.render(logbook.entry(for: person), site: "St Example", asOf: today, as: .html)
/// ```
public struct LogbookRenderer: Sendable {
    private let library: MustacheLibrary

    /// A renderer over `templates` (name → Mustache text); throws when one does not parse.
    public init(templates: [String: String]) throws(LogbookRenderError) {
        var library = MustacheLibrary()
        for (name, text) in templates {
            do { try library.register(text, named: name) } catch {
                throw LogbookRenderError(message: "the template \(name) does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// One person's logbook, dated `asOf`, for `site`.
    public func render(_ entry: PersonLogbook, site: String, asOf: CaseDate, as format: LogbookFormat) throws(LogbookRenderError) -> String {
        let view = PersonLogbookView(entry, site: site, asOf: asOf, escape: format == .markdown ? MarkdownEscape.escape : { $0 })
        switch format {
        case .csv: return try LogbookCSV.person(view)
        case .json: return try LogbookJSON.encode(view)
        case .html: return try template("logbook/person.html", view)
        case .markdown: return try template("logbook/person.md", view)
        }
    }

    /// The department summary, for `site`.
    public func render(_ summary: DepartmentSummary, site: String, as format: LogbookFormat) throws(LogbookRenderError) -> String {
        let view = DepartmentView(summary, site: site, escape: format == .markdown ? MarkdownEscape.escape : { $0 })
        switch format {
        case .csv: return try LogbookCSV.department(view)
        case .json: return try LogbookJSON.encode(view)
        case .html: return try template("logbook/department.html", view)
        case .markdown: return try template("logbook/department.md", view)
        }
    }

    private func template(_ name: String, _ view: Any) throws(LogbookRenderError) -> String {
        guard let text = library.render(view, withTemplate: name) else {
            throw LogbookRenderError(message: "no template named \(name)")
        }
        return text
    }
}

/// A logbook could not be rendered: a missing or broken template, or an output the encoder refused.
public struct LogbookRenderError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
