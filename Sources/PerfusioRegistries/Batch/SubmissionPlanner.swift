import PerfusioCore

/// Decides a batch: maps each readable case onto the profile, holds out cases with errors, leaves out cases
/// already sent unchanged, and marks changed ones as corrections.
///
/// ```swift
/// var planner = SubmissionPlanner(profile: sts, options: options,
///                                 pseudonymizer: Pseudonymizer(scheme: .randomSurrogate, known: try ledger.pseudonyms()),
///                                 sentHashes: try ledger.lastHashes(registry: sts.id))
/// let batch = planner.plan(inputs)   // or planner.add(input) per input as it is read, then planner.finish()
/// ```
public struct SubmissionPlanner: Sendable {
    public let profile: RegistryProfile
    public let options: SubmissionOptions
    public private(set) var pseudonymizer: Pseudonymizer
    /// The content hash last sent for each case key.
    public let sentHashes: [String: String]
    private let builder: RowBuilder
    /// What the inputs added so far gave.
    private var progress = Progress()

    /// The rows and reports of the inputs added so far.
    private struct Progress: Sendable {
        var cases: [CaseReport] = [], mapped: [CaseRow] = [], sent: [CaseRow] = [], entries: [LedgerEntry] = []
        var seenKeys: [String: String] = [:]
    }

    public init(profile: RegistryProfile, options: SubmissionOptions, pseudonymizer: Pseudonymizer,
                sentHashes: [String: String]) {
        self.profile = profile
        self.options = options
        self.pseudonymizer = pseudonymizer
        self.sentHashes = sentHashes
        builder = RowBuilder(profile: profile, mode: options.mode)
    }

    /// The site's key for a case: institution and case id (two files with the same key are the same case).
    public static func caseKey(_ record: PerfusionCase) -> String {
        "\(record.header.institution ?? "")|\(record.header.caseID)"
    }

    /// Plans a whole batch at once: ``add(_:)`` for each input, then ``finish()``.
    public mutating func plan(_ inputs: [BatchInput]) -> SubmissionBatch {
        progress = Progress()
        for input in inputs { add(input) }
        return finish()
    }

    /// Plans one more input, in batch order. The record is not kept: only its row and report, so a batch fed one
    /// input at a time as files are read holds one record at a time.
    public mutating func add(_ input: BatchInput) {
        guard let record = input.record, !input.diagnostics.hasErrors else {
            progress.cases.append(unreadable(input))
            return
        }
        if let outcome = filtered(record) {
            progress.cases.append(CaseReport(caseIdentifier: "—", file: input.file, outcome: outcome, issues: []))
            return
        }
        let key = Self.caseKey(record)
        let id = options.mode == .identified ? record.header.caseID : pseudonymizer.pseudonym(for: key)
        var row = builder.row(for: record, figures: RegistryFigures(record: record), caseIdentifier: id, file: input.file)
        if let first = progress.seenKeys[key] {
            row.issues.append(RegistriesDiagnostics.caseDuplicate("the case id is also in \(first); only the first is sent",
                                                                  at: record.header.origin?.location))
        }
        progress.seenKeys[key] = progress.seenKeys[key] ?? input.file
        progress.mapped.append(row)
        let hash = ContentHash.of(row, profile: profile)
        let outcome: CaseOutcome = row.isHeldOut ? .heldOut
            : sentHashes[key] == nil ? .new : sentHashes[key] == hash ? .unchanged : .correction
        progress.cases.append(CaseReport(caseIdentifier: id, file: input.file, outcome: outcome, issues: row.issues))
        guard outcome.isSent else { return }
        progress.sent.append(row)
        progress.entries.append(LedgerEntry(caseKey: key, pseudonym: id, contentHash: hash, isCorrection: outcome == .correction,
                                            sourceFile: input.file))
    }

    /// The batch of every input added so far.
    public func finish() -> SubmissionBatch {
        let cases = progress.cases
        let ledger = LedgerBatch(id: options.batchID, registry: profile.id, specification: profile.specification,
                                 mode: options.mode, createdAt: options.createdAt, entries: progress.entries,
                                 unchanged: cases.filter { $0.outcome == .unchanged }.count,
                                 heldOut: cases.filter { $0.outcome == .heldOut }.count)
        return SubmissionBatch(profile: profile, options: options, cases: cases, sent: progress.sent,
                               completeness: FieldCompleteness.of(progress.mapped, profile: profile), ledger: ledger,
                               newPseudonyms: pseudonymizer.introduced)
    }

    /// `notApplicable` or `outsideDates` when the case is not for this batch; nil when it is.
    private func filtered(_ record: PerfusionCase) -> CaseOutcome? {
        if !profile.kinds.isEmpty, !profile.kinds.contains(record.header.kind) { return .notApplicable }
        if let since = options.since, record.header.date < since { return .outsideDates }
        if let until = options.until, until < record.header.date { return .outsideDates }
        return nil
    }

    private func unreadable(_ input: BatchInput) -> CaseReport {
        let errors = input.diagnostics.filter { $0.severity == .error }
        let summary = RegistriesDiagnostics.caseUnreadable(
            "the record has \(errors.count) reading error\(errors.count == 1 ? "" : "s"); the case is held out",
            at: errors.first?.location ?? SourceLocation(file: input.file, line: 1))
        return CaseReport(caseIdentifier: "—", file: input.file, outcome: .heldOut, issues: [summary] + errors.map(shown),
                          readerErrors: errors)
    }

    /// A reader's diagnostic as the report shows it: in de-identified mode its message, which may quote what the record
    /// holds (a mistyped birth date), is withheld; the id and the line still say where to look.
    private func shown(_ d: Diagnostic) -> Diagnostic {
        guard options.mode == .deidentified else { return d }
        var shown = d
        shown.message = "message withheld in a de-identified report: run perfusio validate on the file"
        return shown
    }
}
