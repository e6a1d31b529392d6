import PerfusioCore

/// What the data-quality report templates see: every number and label already formatted, every record text
/// made safe for the output format (Mustache escapes HTML; Markdown text is escaped here).
public struct QualityReportView: Sendable {
    public var title: String
    public var registry: String
    public var specification: String
    public var status: String
    public var mode: String
    public var pseudonyms: String
    public var batch: String
    public var createdAt: String
    public var isDryRun: Bool
    public var summary: [CountView]
    public var heldOut: [CaseIssuesView]
    public var casesWithIssues: [CaseIssuesView]
    public var hasCasesWithIssues: Bool
    /// Required fields missing in some case: `HighIntraGlu (12 of 500)`.
    public var missingFields: [String]
    public var hasMissingFields: Bool
    public var completeness: [FieldCompletenessView]

    /// The view of `report`, its texts escaped for `format`.
    public init(_ report: QualityReport, format: ReportTextFormat) {
        let batch = report.batch, esc = { format.escape($0) }
        title = esc("Data-quality report: \(batch.profile.registry)")
        registry = esc(batch.profile.registry)
        specification = esc(batch.profile.specification)
        status = esc(Self.describe(batch.profile.status))
        mode = batch.options.mode == .deidentified
            ? "De-identified (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)): names, record numbers, notes and device serials removed; dates reduced to the year; ages from 90 as 90+"
            : "Identified (--identified): identifiers kept for a registry that receives them under an agreement"
        pseudonyms = batch.options.mode == .deidentified ? esc(batch.options.pseudonymScheme) : "site case ids (identified mode)"
        self.batch = esc(batch.options.batchID)
        createdAt = esc(batch.options.createdAt)
        isDryRun = report.isDryRun
        summary = [
            CountView(label: "Records read", count: batch.cases.count),
            CountView(label: report.isDryRun ? "Would be sent (new)" : "Sent (new)", count: batch.count(.new)),
            CountView(label: report.isDryRun ? "Would be sent (corrections)" : "Sent (corrections)", count: batch.count(.correction)),
            CountView(label: "Unchanged since last sent", count: batch.count(.unchanged)),
            CountView(label: "Held out (errors)", count: batch.count(.heldOut)),
            CountView(label: "Not taken by this registry (case kind)", count: batch.count(.notApplicable)),
            CountView(label: "Outside --since/--until", count: batch.count(.outsideDates)),
        ]
        let withIssues = batch.cases.filter { !$0.issues.isEmpty }.map { CaseIssuesView($0, format: format) }
        heldOut = withIssues.filter { $0.outcome == CaseOutcome.heldOut.rawValue }
        casesWithIssues = withIssues.filter { $0.outcome != CaseOutcome.heldOut.rawValue }
        hasCasesWithIssues = !casesWithIssues.isEmpty
        completeness = batch.completeness.map { FieldCompletenessView($0, format: format) }
        missingFields = batch.completeness.filter { $0.count(.missing) > 0 }
            .map { "\($0.column) (\($0.count(.missing)) of \($0.applicable))" }
        hasMissingFields = !missingFields.isEmpty
    }

    static func describe(_ status: VerificationStatus) -> String {
        switch status {
        case .verified: "verified against the registry's specification"
        case .partial: "partial: field names from the specification; some codes or limits not re-checked"
        case .derived: "derived: the data dictionary is not public; fields derived from the registry's published measures"
        case .unverified: "unverified: no item-level dictionary found; check every field with the registry before submitting"
        }
    }
}

/// A labelled count in the report's summary.
public struct CountView: Sendable {
    public var label: String
    public var count: Int
}

/// One case's issues.
public struct CaseIssuesView: Sendable {
    public var caseIdentifier: String
    public var file: String
    public var outcome: String
    public var issues: [IssueView]

    init(_ report: CaseReport, format: ReportTextFormat) {
        caseIdentifier = format.escape(report.caseIdentifier)
        file = format.escape(report.file)
        outcome = report.outcome.rawValue
        issues = report.issues.map { IssueView($0, format: format) }
    }
}

/// One issue: where, how serious, which field, what.
public struct IssueView: Sendable {
    public var location: String
    public var severity: String
    public var id: String
    public var field: String
    public var message: String

    init(_ d: Diagnostic, format: ReportTextFormat) {
        location = format.escape(d.location?.description ?? "")
        severity = d.severity.rawValue
        id = d.id
        field = format.escape(d.path?.split(separator: "/").last.map(String.init) ?? "")
        message = format.escape(d.message)
    }
}

/// One field's completeness across the batch.
public struct FieldCompletenessView: Sendable {
    public var column: String
    public var meaning: String
    public var required: String
    public var filled: Int
    public var missing: Int
    public var notApplicable: Int
    public var withheld: Int
    public var invalid: Int
    public var percent: String

    init(_ c: FieldCompleteness, format: ReportTextFormat) {
        column = format.escape(c.column)
        meaning = format.escape(c.meaning)
        required = c.isRequired ? "yes" : "no"
        filled = c.count(.filled)
        missing = c.count(.missing)
        notApplicable = c.count(.notApplicable)
        withheld = c.count(.withheld)
        invalid = c.count(.invalid)
        percent = NumberFormatting.fixed(c.fraction * 100, digits: 1) + " %"
    }
}
