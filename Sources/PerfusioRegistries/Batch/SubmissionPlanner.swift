import PerfusioCore

/// Decides a batch: maps each readable case onto the profile, holds out cases with errors, leaves out cases
/// already sent unchanged, and marks changed ones as corrections.
///
/// ```swift
/// var planner = SubmissionPlanner(profile: sts, options: options,
///                                 pseudonymizer: Pseudonymizer(scheme: .randomSurrogate, known: try ledger.pseudonyms()),
///                                 sentHashes: try ledger.lastHashes(registry: sts.id))
/// let batch = planner.plan(inputs)
/// ```
public struct SubmissionPlanner: Sendable {
    public let profile: RegistryProfile
    public let options: SubmissionOptions
    public private(set) var pseudonymizer: Pseudonymizer
    /// The content hash last sent for each case key.
    public let sentHashes: [String: String]

    public init(profile: RegistryProfile, options: SubmissionOptions, pseudonymizer: Pseudonymizer,
                sentHashes: [String: String]) {
        self.profile = profile
        self.options = options
        self.pseudonymizer = pseudonymizer
        self.sentHashes = sentHashes
    }

    /// The site's key for a case: institution and case id (two files with the same key are the same case).
    public static func caseKey(_ record: PerfusionCase) -> String {
        "\(record.header.institution ?? "")|\(record.header.caseID)"
    }

    public mutating func plan(_ inputs: [BatchInput]) -> SubmissionBatch {
        let builder = RowBuilder(profile: profile, mode: options.mode)
        var cases: [CaseReport] = [], mapped: [CaseRow] = [], sent: [CaseRow] = [], entries: [LedgerEntry] = []
        var seenKeys: [String: String] = [:]
        for input in inputs {
            guard let record = input.record, !input.diagnostics.hasErrors else {
                cases.append(unreadable(input))
                continue
            }
            if let outcome = filtered(record) {
                cases.append(CaseReport(caseIdentifier: "—", file: input.file, outcome: outcome, issues: []))
                continue
            }
            let key = Self.caseKey(record)
            let id = options.mode == .identified ? record.header.caseID : pseudonymizer.pseudonym(for: key)
            var row = builder.row(for: record, figures: RegistryFigures(record: record), caseIdentifier: id, file: input.file)
            if let first = seenKeys[key] {
                row.issues.append(RegistriesDiagnostics.caseDuplicate("the case id is also in \(first); only the first is sent",
                                                                      at: record.header.origin?.location))
            }
            seenKeys[key] = seenKeys[key] ?? input.file
            mapped.append(row)
            let hash = ContentHash.of(row, profile: profile)
            let outcome: CaseOutcome = row.isHeldOut ? .heldOut
                : sentHashes[key] == nil ? .new : sentHashes[key] == hash ? .unchanged : .correction
            cases.append(CaseReport(caseIdentifier: id, file: input.file, outcome: outcome, issues: row.issues))
            guard outcome.isSent else { continue }
            sent.append(row)
            entries.append(LedgerEntry(caseKey: key, pseudonym: id, contentHash: hash, isCorrection: outcome == .correction,
                                       sourceFile: input.file))
        }
        let ledger = LedgerBatch(id: options.batchID, registry: profile.id, specification: profile.specification,
                                 mode: options.mode, createdAt: options.createdAt, entries: entries,
                                 unchanged: cases.filter { $0.outcome == .unchanged }.count,
                                 heldOut: cases.filter { $0.outcome == .heldOut }.count)
        return SubmissionBatch(profile: profile, options: options, cases: cases, sent: sent,
                               completeness: FieldCompleteness.of(mapped, profile: profile), ledger: ledger,
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
