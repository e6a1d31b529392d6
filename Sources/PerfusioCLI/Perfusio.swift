// PerfusioCLI is the `perfusio` executable: commands only, no logic of their own (that lives in the Perfusio
// library). The only importer of ArgumentParser.
import ArgumentParser
import Perfusio

/// The root command: configuration and the list of subcommands. `PerfusioCommand+Main.swift` maps exit statuses.
///
/// To add a command: one small struct in `Commands/`, appended to `subcommands`; shared options from `Options/`
/// (`InputOptions` for paths, `SchemaOptions`, `TemplateOptions`, `OutputOptions`, `DiagnosticOptions`); checks in
/// `validate()`, work in `run()` through the Perfusio library (`InputCollector`, `RecordLoader`, `BatchRunner`,
/// `BatchOutput`); end with `try status.finish()`. Throw `UsageError` (exit 2), `OutputError` (3) or
/// `ResourceError` (2); anything else is reported as an internal error (4). Every message gets a transcript in
/// `Tests/PerfusioCLITests/Transcripts/`.
struct PerfusioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perfusio",
        abstract: "Read, check, convert and report perfusion case records (pump logs in Markdown, structured XML).",
        discussion: "Exit status: 0 no errors, 1 an input has an error, 2 usage error, 3 output not written, 4 internal error.",
        version: PerfusioVersion.current,
        subcommands: [
            Validate.self,
            Convert.self,
            Import.self,
            Submit.self,
            Ledger.self,
            Dashboard.self,
            Check.self,
            Metrics.self,
            New.self,
            Report.self,
            Handover.self,
            Chart.self,
            Logbook.self,
        ]
    )
}

/// The program: tunes the allocator for batches (``AllocatorTuning``), then parses the arguments and runs the command.
@main
enum PerfusioMain {
    static func main() async {
        AllocatorTuning.apply()
        await PerfusioCommand.main()
    }
}
