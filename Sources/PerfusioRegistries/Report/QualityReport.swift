/// The data-quality report of a submission batch: the batch and whether it was a dry run. Rendered as Markdown
/// and HTML by the Perfusio library through the templates `registries/quality-markdown` and `registries/quality-html`.
public struct QualityReport: Sendable {
    public var batch: SubmissionBatch
    /// True when only the report was written (`--dry-run`): nothing sent, the ledger untouched.
    public var isDryRun: Bool

    public init(batch: SubmissionBatch, isDryRun: Bool) {
        self.batch = batch
        self.isDryRun = isDryRun
    }
}
