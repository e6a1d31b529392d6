import PerfusioCore

/// One case mapped onto a registry profile: its cells in column order and every issue found on the way.
public struct CaseRow: Sendable {
    /// The id the submission carries (pseudonymous when de-identified).
    public var caseIdentifier: String
    /// The record file the case was read from.
    public var file: String
    /// The case date (for `--since`/`--until` and the report; never written when de-identified).
    public var date: CaseDate
    /// Cells in the profile's column order.
    public var cells: [SubmissionCell]
    /// Missing, out-of-range, uncoded and inconsistent fields, with the record's file and line.
    public var issues: [Diagnostic]

    public init(caseIdentifier: String, file: String, date: CaseDate, cells: [SubmissionCell], issues: [Diagnostic]) {
        self.caseIdentifier = caseIdentifier
        self.file = file
        self.date = date
        self.cells = cells
        self.issues = issues
    }

    /// True when an error holds the case out of the submission file.
    public var isHeldOut: Bool { issues.hasErrors }
}
