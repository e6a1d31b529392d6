import Foundation
import Mustache

/// The report and handover templates, loaded once per process from a folder (`templates/`, or `--templates DIR`
/// so a hospital can brand its documents without rebuilding).
///
/// ```swift
/// let templates = try await DocumentTemplates.load(from: templatesFolder)
/// let html = try templates.render(ReportView(record: record, format: .html), format: .html)
/// ```
/// Names are paths without `.mustache`: `report/html`, `report/markdown`, `handover/html`, `handover/markdown`;
/// partials are included by path (`{{> partials/style}}`).
public struct DocumentTemplates: Sendable {
    /// The documents there are templates for.
    public enum Document: String, Sendable, CaseIterable { case report, handover }

    let library: MustacheLibrary
    /// The folder the templates came from, for error messages.
    public let folder: String

    init(library: MustacheLibrary, folder: String) {
        self.library = library
        self.folder = folder
    }

    /// Loads every `*.mustache` under `folder` (the `HTML` content type escaping through ``HTMLEscaping``).
    /// - Throws: ``TemplateError`` when a template does not parse (naming the file, line and column).
    public static func load(from folder: URL) async throws(TemplateError) -> DocumentTemplates {
        HTMLEscaping.register()
        do {
            return DocumentTemplates(library: try await MustacheLibrary(directory: folder.path), folder: folder.path)
        } catch let error as MustacheLibrary.ParserError {
            throw TemplateError.syntax(file: error.filename, line: error.context.lineNumber, column: error.context.columnNumber,
                                       problem: "\(error.error)")
        } catch {
            throw TemplateError.unreadable(folder: folder.path, problem: "\(error)")
        }
    }

    /// The names (`report/markdown.mustache`) of the templates `document` needs in `formats` that the folder lacks.
    public func missing(_ document: Document, formats: [DocumentFormat]) -> [String] {
        formats.map { "\(document.rawValue)/\($0.rawValue)" }.filter { library.getTemplate(named: $0) == nil }.map { $0 + ".mustache" }
    }

    /// The post-case report.
    public func render(_ view: ReportView, format: DocumentFormat) throws(TemplateError) -> String {
        try render(view, document: .report, format: format)
    }

    /// The ICU handover.
    public func render(_ view: HandoverView, format: DocumentFormat) throws(TemplateError) -> String {
        try render(view, document: .handover, format: format)
    }

    func render(_ view: some TemplateView, document: Document, format: DocumentFormat) throws(TemplateError) -> String {
        let name = "\(document.rawValue)/\(format.rawValue)"
        guard let text = library.render(view.node, withTemplate: name) else {
            throw TemplateError.missing(name: name + ".mustache", folder: folder)
        }
        return text
    }
}

/// A template that is missing, unreadable or does not parse.
public enum TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    case missing(name: String, folder: String)
    case syntax(file: String, line: Int, column: Int, problem: String)
    case unreadable(folder: String, problem: String)

    public var description: String {
        switch self {
        case .missing(let name, let folder): "no template \(name) in \(folder)"
        case .syntax(let file, let line, let column, let problem): "\(file):\(line):\(column): template does not parse: \(problem)"
        case .unreadable(let folder, let problem): "cannot read the templates in \(folder): \(problem)"
        }
    }
}
