import PerfusioCore

/// One record of a batch as the loader returned it: its file, the record (nil when unreadable) and the
/// reader's diagnostics.
public struct BatchInput: Sendable {
    public var file: String
    public var record: PerfusionCase?
    public var diagnostics: [Diagnostic]

    public init(file: String, record: PerfusionCase?, diagnostics: [Diagnostic] = []) {
        self.file = file
        self.record = record
        self.diagnostics = diagnostics
    }
}

/// What a batch does with one case.
public enum CaseOutcome: String, Sendable, Codable, CaseIterable {
    /// Sent for the first time.
    case new
    /// Sent again because its row changed since it was last sent.
    case correction
    /// Already sent with the same content: left out.
    case unchanged
    /// An error holds it out of the submission file.
    case heldOut = "held-out"
    /// The registry does not take this kind of case.
    case notApplicable = "not-applicable"
    /// Outside `--since`/`--until`.
    case outsideDates = "outside-dates"

    /// True when the case goes into the submission file.
    public var isSent: Bool { self == .new || self == .correction }
}

/// One case's line in the data-quality report.
public struct CaseReport: Sendable {
    /// The id the submission uses (pseudonymous when de-identified); `—` when the record could not be read.
    public var caseIdentifier: String
    public var file: String
    public var outcome: CaseOutcome
    /// Every issue, each with the record's file and line, as the report shows them.
    public var issues: [Diagnostic]
    /// For an unreadable record, the reader's errors as written (the report withholds their messages when
    /// de-identified; the console shows them).
    public var readerErrors: [Diagnostic]

    public init(caseIdentifier: String, file: String, outcome: CaseOutcome, issues: [Diagnostic], readerErrors: [Diagnostic] = []) {
        self.caseIdentifier = caseIdentifier
        self.file = file
        self.outcome = outcome
        self.issues = issues
        self.readerErrors = readerErrors
    }

    /// What the console shows: the issues, with the reader's own messages in place of withheld ones.
    public var consoleIssues: [Diagnostic] { readerErrors.isEmpty ? issues : Array(issues.prefix(1)) + readerErrors }
}
