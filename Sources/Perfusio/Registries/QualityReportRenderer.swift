import PerfusioRegistries

/// Renders a batch's data-quality report as Markdown and as HTML.
public protocol QualityReportRenderer: Sendable {
    func markdown(_ report: QualityReport) throws -> String
    func html(_ report: QualityReport) throws -> String
}
