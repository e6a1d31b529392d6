import Foundation
import PerfusioCore
import PerfusioRegistries
import PerfusioRender

/// Runs `perfusio dashboard`: reads every record (one bad file never stops the rest), builds the quality
/// dashboard and writes `<output>/dashboard.html` atomically, each case linked to its report file as
/// `perfusio report` names it (``DocumentKind/fileName(caseID:format:)``).
///
/// ```swift
/// let result = try await DashboardRunner(loader: loader, templates: templates).run(inputs, to: outputFolder)
/// ```
public struct DashboardRunner: Sendable {
    public var loader: RecordLoader
    public var templates: DocumentTemplates

    public init(loader: RecordLoader, templates: DocumentTemplates) {
        self.loader = loader
        self.templates = templates
    }

    /// What a run produced: the dashboard model and the file written.
    public struct Result: Sendable {
        public var dashboard: QualityDashboard
        public var file: URL
    }

    public func run(_ inputs: [InputFile], to folder: URL) async throws -> Result {
        let loaded = await BatchRunner().map(inputs.filter(\.isRecord)) { [loader] in loader.load($0) }
        let dashboard = QualityDashboard(loaded.map { BatchInput(file: $0.displayPath, record: $0.record, diagnostics: $0.diagnostics) })
        let view = DashboardView(dashboard) { DocumentKind.report.fileName(caseID: $0, format: .html) }
        let html = try templates.render(view, template: "dashboard/html")
        let file = folder.appendingPathComponent("dashboard.html")
        try AtomicFileWriter(protecting: inputs.map(\.url)).write(html, to: file)
        return Result(dashboard: dashboard, file: file)
    }
}
