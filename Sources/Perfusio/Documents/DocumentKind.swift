import PerfusioRender

/// What `perfusio report`, `handover` and `chart` write for one record.
public enum DocumentKind: String, Sendable, CaseIterable {
    case report, handover, chart

    /// The file name for a case: `<safe case id>-report.html`, `-handover.md`, `-chart.svg`. Built from the case id
    /// through ``SafeFileName``, never from a path in the record, so the id cannot steer where a file lands.
    public func fileName(caseID: String, format: DocumentFormat) -> String {
        let stem = SafeFileName.from(caseID: caseID)
        return self == .chart ? "\(stem)-chart.svg" : "\(stem)-\(rawValue).\(format.fileExtension)"
    }
}
