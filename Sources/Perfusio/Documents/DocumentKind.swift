import PerfusioRender

/// What `perfusio report`, `handover` and `chart` write for one record.
public enum DocumentKind: String, Sendable, CaseIterable {
    case report, handover, chart

    /// The file name for a case: `<stem>-report.html`, `-handover.md`, `-chart.svg`, where the stem is the case id made
    /// safe by ``SafeFileName`` (see ``stem(caseID:)``), never a path from the record, so the id cannot steer where a
    /// file lands.
    public func fileName(stem: String, format: DocumentFormat) -> String {
        self == .chart ? "\(stem)-chart.svg" : "\(stem)-\(rawValue).\(format.fileExtension)"
    }

    /// The file-name stem of a case id.
    public static func stem(caseID: String) -> String { SafeFileName.from(caseID: caseID) }
}
