import PerfusioCore

/// Everything one submission run decided: which cases go, which are held out and why, the ledger entries,
/// and the completeness of each field. Built by ``SubmissionPlanner``; written by the Perfusio library.
public struct SubmissionBatch: Sendable {
    public var profile: RegistryProfile
    public var options: SubmissionOptions
    /// One line per input, in input order.
    public var cases: [CaseReport]
    /// The rows that go into the submission file (new cases and corrections), in input order.
    public var sent: [CaseRow]
    /// Per-field completeness over every case mapped (sent, unchanged or held out).
    public var completeness: [FieldCompleteness]
    /// What the ledger records when the files are written.
    public var ledger: LedgerBatch
    /// Pseudonyms drawn in this batch (random-surrogate scheme), stored with it.
    public var newPseudonyms: [String: String]

    public init(profile: RegistryProfile, options: SubmissionOptions, cases: [CaseReport], sent: [CaseRow],
                completeness: [FieldCompleteness], ledger: LedgerBatch, newPseudonyms: [String: String]) {
        self.profile = profile
        self.options = options
        self.cases = cases
        self.sent = sent
        self.completeness = completeness
        self.ledger = ledger
        self.newPseudonyms = newPseudonyms
    }

    /// Cases with `outcome`.
    public func count(_ outcome: CaseOutcome) -> Int { cases.filter { $0.outcome == outcome }.count }

    /// Required fields missing in at least one case, in column order.
    public var incompleteColumns: [String] { completeness.filter { $0.count(.missing) > 0 }.map(\.column) }
}

/// How a batch runs: its id and time, the de-identification mode and the date window.
public struct SubmissionOptions: Sendable {
    public var batchID: String
    /// ISO 8601 UTC time of the run.
    public var createdAt: String
    public var mode: DeidentificationMode
    /// Cases dated before this are left out.
    public var since: CaseDate?
    /// Cases dated after this are left out.
    public var until: CaseDate?
    /// How pseudonyms are made, described for the report.
    public var pseudonymScheme: String

    public init(batchID: String, createdAt: String, mode: DeidentificationMode, since: CaseDate? = nil,
                until: CaseDate? = nil, pseudonymScheme: String = "random surrogate kept in the ledger") {
        self.batchID = batchID
        self.createdAt = createdAt
        self.mode = mode
        self.since = since
        self.until = until
        self.pseudonymScheme = pseudonymScheme
    }
}
