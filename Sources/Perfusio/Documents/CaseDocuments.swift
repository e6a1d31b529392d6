import Foundation
import PerfusioCore
import PerfusioRender

/// Renders reports, handovers and charts of loaded records: the work behind `perfusio report`, `handover` and `chart`.
///
/// ```swift
/// let documents = CaseDocuments(templates: try await DocumentTemplates.load(from: folder), checker: checker)
/// let result = documents.render(loader.load(input), .report, format: .html, writesFiles: true)
/// ```
/// A record with errors is not rendered (its diagnostics say why). The findings listed and marked on the chart are
/// the rule packs' plus the record-consistency checks, in source order.
public struct CaseDocuments: Sendable {
    /// The report and handover templates; not needed for charts.
    public var templates: DocumentTemplates?
    public var checker: Checker

    public init(templates: DocumentTemplates?, checker: Checker) {
        self.templates = templates
        self.checker = checker
    }

    /// The documents of one input and its diagnostics.
    /// - Parameters:
    ///   - writesFiles: true when the output goes to a folder: a Markdown report then links its chart, written beside it.
    ///   - stem: the file-name stem; the safe case id when nil (a batch passes another when two records share an id).
    /// - Throws: ``TemplateError`` when the template for `kind` and `format` is missing (check with
    ///   ``DocumentTemplates/missing(_:formats:)`` before a batch).
    public func render(_ loaded: LoadedRecord, _ kind: DocumentKind, format: DocumentFormat,
                       writesFiles: Bool, stem: String? = nil) throws(TemplateError) -> DocumentResult {
        let consistency = loaded.record.map { Validation.consistencyDiagnostics($0, file: loaded.displayPath) } ?? []
        let report = Validation.check(loaded, consistency: consistency)
        guard let record = loaded.record, !report.diagnostics.hasErrors else {
            return DocumentResult(report: report, files: [], stem: nil)
        }
        let stem = stem ?? DocumentKind.stem(caseID: record.header.caseID)
        // A captured record's cells are taken by parameter once, for its figures, rules and chart.
        let columns = ReadingColumns.ofLargeRecord(record)
        let figures = CaseFigures(record: record, columns: columns)
        let findings = Validation.sorted(consistency + checker.engine.check(record, figures: figures, columns: columns))
        // The chart file is drawn only when written: the HTML report draws its own inline chart.
        func chart() -> DocumentFile {
            DocumentFile(name: DocumentKind.chart.fileName(stem: stem, format: format),
                         text: PerfusionChart().document(for: record, figures: figures, findings: findings, columns: columns))
        }
        switch kind {
        case .chart:
            return DocumentResult(report: report, files: [chart()], stem: stem)
        case .report:
            let chartFile = format == .markdown && writesFiles ? chart() : nil
            let view = ReportView(record: record, figures: figures, findings: findings, format: format,
                                  chartFile: chartFile?.name, columns: columns)
            let text = try requiredTemplates().render(view, format: format)
            let file = DocumentFile(name: kind.fileName(stem: stem, format: format), text: text)
            return DocumentResult(report: report, files: [file] + (chartFile.map { [$0] } ?? []), stem: stem)
        case .handover:
            let view = HandoverView(record: record, figures: figures, findings: findings, format: format)
            let text = try requiredTemplates().render(view, format: format)
            return DocumentResult(report: report, files: [DocumentFile(name: kind.fileName(stem: stem, format: format), text: text)],
                                  stem: stem)
        }
    }

    private func requiredTemplates() throws(TemplateError) -> DocumentTemplates {
        guard let templates else { throw TemplateError.missing(name: "report and handover templates", folder: "(none loaded)") }
        return templates
    }

}

/// What rendering one input gave: its diagnostics and the files to write (none when the record has errors).
public struct DocumentResult: Sendable {
    public var report: FileDiagnostics
    public var files: [DocumentFile]
    /// The file-name stem used; nil when nothing was rendered.
    public var stem: String?
}

/// One output file: its safe name and its text.
public struct DocumentFile: Sendable, Hashable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
