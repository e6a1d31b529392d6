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
        let stems = Self.stems(dashboard.cases.sorted { $0.order < $1.order }, folder: folder)
        let view = DashboardView(dashboard) { DocumentKind.report.fileName(stem: stems[$0.file] ?? "record", format: .html) }
        let html = try templates.render(view, template: "dashboard/html")
        let file = folder.appendingPathComponent("dashboard.html")
        try AtomicFileWriter(protecting: inputs.map(\.url)).write(html, to: file)
        return Result(dashboard: dashboard, file: file)
    }

    /// The report stem of each case by input file, claimed in input order as the report command claims them.
    static func stems(_ cases: [QualityDashboard.Case], folder: URL) -> [String: String] {
        var output = DocumentOutput(folder: folder, displayPath: folder.path, writer: AtomicFileWriter())
        var stems: [String: String] = [:]
        for c in cases {
            let input = InputFile(url: folder, displayPath: c.file, relativePath: c.file)
            stems[c.file] = output.claim(DocumentKind.stem(caseID: c.caseID), for: input).stem
        }
        return stems
    }
}
