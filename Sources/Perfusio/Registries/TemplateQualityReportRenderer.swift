import Foundation
import PerfusioRegistries
import PerfusioRender

/// Renders the data-quality report through the templates `quality/markdown` and `quality/html`.
public struct TemplateQualityReportRenderer: QualityReportRenderer {
    public let templates: DocumentTemplates

    public init(templates: DocumentTemplates) { self.templates = templates }

    /// Loads the templates in `folder` (`templates/`, or `--templates DIR`).
    public init(templates folder: URL) async throws {
        templates = try await DocumentTemplates.load(from: folder)
    }

    public func markdown(_ report: QualityReport) throws -> String {
        try templates.render(QualityReportView(report, format: .markdown), template: "quality/markdown")
    }

    public func html(_ report: QualityReport) throws -> String {
        try templates.render(QualityReportView(report, format: .html), template: "quality/html")
    }
}
