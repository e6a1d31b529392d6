import ArgumentParser
import Perfusio

/// `perfusio validate PATH...`: reads every record, checks it, prints the diagnostics.
struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check records: read them, validate XML against the schema, check the timeline.",
        discussion: "Prints one line per diagnostic and a summary on standard error. Exit 0 when no record has an error, 1 when any has.")

    @OptionGroup var inputs: InputOptions
    @OptionGroup var schemas: SchemaOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() async throws {
        let files = try inputs.collect()
        let loader = RecordLoader(formats: try schemas.formatTable(), maximumBytes: inputs.maximumBytes)
        let renderer = DiagnosticRenderer()
        var reports: [FileDiagnostics] = []
        await BatchRunner().run(files, { Validation.check(loader.load($0)) }) { report in
            reports.append(report)
            if diagnostics.format == .text { Console.output(renderer.text(report)) }
        }
        if diagnostics.format != .text { Console.output(renderer.render(reports, as: diagnostics.format)) }
        Console.error(Self.summary(records: files.filter(\.isRecord).count, reports))
        try ExitStatus.of(reports).finish()
    }

    /// `3 records, 0 errors, 2 warnings`.
    static func summary(records: Int, _ reports: [FileDiagnostics]) -> String {
        [Self.counted(records, "record"), Self.counted(reports.count(.error), "error"),
         Self.counted(reports.count(.warning), "warning")].joined(separator: ", ")
    }

    private static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
