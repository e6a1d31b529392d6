import ArgumentParser
import Perfusio

/// `perfusio metrics PATH... [--format json|text]`: the derived figures of every record.
struct Metrics: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    static let configuration = CommandConfiguration(
        abstract: "Print the derived figures of records: BSA, CPB and cross-clamp time, nadirs, peaks, DO2i, fluid balance.",
        discussion: """
            JSON is an array with one object per record (keys in docs/cli.md; null where the record does not say). \
            A record that cannot be read is left out and its errors go to standard error; exit 1 then, else 0.
            """)

    @OptionGroup var inputs: InputOptions
    @OptionGroup var schemas: SchemaOptions

    @Option(help: "Output format: json (one object per record) or text.")
    var format: Format = .json

    func run() async throws {
        let files = try inputs.collect()
        let loader = RecordLoader(formats: try schemas.formatTable(), maximumBytes: inputs.maximumBytes)
        let renderer = DiagnosticRenderer()
        var summaries: [FiguresSummary] = []
        var failed: [FileDiagnostics] = []
        await BatchRunner().run(files, { loader.load($0) }) { loaded in
            if let record = loaded.record, !loaded.diagnostics.hasErrors {
                let summary = FiguresSummary(record: record, file: loaded.displayPath)
                summaries.append(summary)
                if format == .text { Console.output((summaries.count > 1 ? "\n" : "") + summary.text) }
            } else {
                let report = FileDiagnostics(file: loaded.displayPath, diagnostics: loaded.diagnostics.filter { $0.severity == .error })
                failed.append(report)
                Console.errorText(renderer.text(report))
            }
        }
        if format == .json { Console.output(FiguresSummary.json(summaries)) }
        try ExitStatus.of(failed).finish()
    }
}
