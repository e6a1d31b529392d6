import Foundation
import PerfusioCore
import PerfusioRegistries

/// Runs `perfusio submit`: reads every record on all cores (one bad file never stops the rest), plans each against
/// the ledger as it arrives (keeping its row, not the record, so memory does not grow with the records' size), and
/// writes the submission file, its JSON and the data-quality report atomically, recording the batch in the ledger in
/// the same transaction (an interrupted run leaves the ledger as it was).
///
/// ```swift
/// let result = try await SubmissionRunner(loader: loader, renderer: reports).run(request)
/// print(result.batch.count(.new), "cases sent")
/// ```
public struct SubmissionRunner: Sendable {
    public var loader: RecordLoader
    /// Renders the data-quality report (Markdown and HTML).
    public var renderer: QualityReportRenderer

    public init(loader: RecordLoader, renderer: QualityReportRenderer) {
        self.loader = loader
        self.renderer = renderer
    }

    /// What a run produced.
    public struct Result: Sendable {
        public var batch: SubmissionBatch
        /// The files written, in order.
        public var written: [URL]
    }

    public func run(_ request: SubmissionRequest) async throws -> Result {
        let ledger = try openLedger(request)
        let scheme: Pseudonymizer.Scheme = request.siteKey.map { .keyedHash($0) } ?? .randomSurrogate
        var planner = SubmissionPlanner(
            profile: request.profile,
            options: SubmissionOptions(batchID: request.makeBatchID(), createdAt: request.timestamp, mode: request.mode,
                                       since: request.since, until: request.until, pseudonymScheme: Self.describe(scheme)),
            pseudonymizer: Pseudonymizer(scheme: scheme, known: try ledger?.pseudonyms() ?? [:]),
            sentHashes: try ledger?.lastHashes(registry: request.profile.id) ?? [:])
        // Records are read on every core and planned in input order as they arrive; none is kept after its row.
        await BatchRunner().run(request.inputs.filter(\.isRecord), { [loader] in loader.load($0) }) { loaded in
            planner.add(BatchInput(file: loaded.displayPath, record: loaded.record, diagnostics: loaded.diagnostics))
        }
        let batch = planner.finish()
        let writer = AtomicFileWriter(protecting: request.inputs.map(\.url) + [request.ledgerURL])
        let files = try outputs(batch, request)
        if request.isDryRun {
            try write(files, with: writer)
            return Result(batch: batch, written: files.map(\.0))
        }
        guard let ledger else { throw OutputError.cannotWrite(path: request.ledgerURL.path, reason: "no ledger") }
        try ledger.record(batch.ledger, newPseudonyms: batch.newPseudonyms) { try write(files, with: writer) }
        return Result(batch: batch, written: files.map(\.0))
    }

    /// The files of a run: the report always; the submission file and its JSON unless dry.
    private func outputs(_ batch: SubmissionBatch, _ request: SubmissionRequest) throws -> [(URL, String)] {
        var files: [(URL, String)] = []
        if !request.isDryRun {
            let upload: String
            switch batch.profile.format {
            case .csv: upload = try CSVSubmissionWriter.write(batch.sent, profile: batch.profile)
            case .xml(let root, let record): upload = XMLSubmissionWriter.write(batch.sent, profile: batch.profile, root: root, record: record)
            }
            files.append((request.file("submission.\(batch.profile.format.fileExtension)"), upload))
            let document = SubmissionDocument(rows: batch.sent, profile: batch.profile, mode: batch.options.mode,
                                              batch: batch.options.batchID)
            files.append((request.file("submission.json"), try document.json()))
        }
        let report = QualityReport(batch: batch, isDryRun: request.isDryRun)
        files.append((request.file("quality.md"), try renderer.markdown(report)))
        files.append((request.file("quality.html"), try renderer.html(report)))
        return files
    }

    private func write(_ files: [(URL, String)], with writer: AtomicFileWriter) throws {
        for (url, text) in files { try writer.write(text, to: url) }
    }

    /// The ledger: created for a real run; for a dry run, read when it exists and nil otherwise.
    private func openLedger(_ request: SubmissionRequest) throws -> SubmissionLedger? {
        let path = request.ledgerURL.path
        if request.isDryRun {
            return FileManager.default.fileExists(atPath: path) ? try SubmissionLedger(readingExisting: path) : nil
        }
        try FileManager.default.createDirectory(at: request.ledgerURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        return try SubmissionLedger(path: path)
    }

    static func describe(_ scheme: Pseudonymizer.Scheme) -> String {
        switch scheme {
        case .randomSurrogate: "random surrogate per case, kept in the site's ledger"
        case .keyedHash: "HMAC-SHA-256 of the site's case key with the site key"
        }
    }
}
