// PerfusioCLI is the `perfusio` executable: commands only, no logic of their own (that lives in the Perfusio
// library). The only importer of ArgumentParser.
import ArgumentParser
import Perfusio

/// The root command: configuration and the list of subcommands. `PerfusioCommand+Main.swift` maps exit statuses.
@main
struct PerfusioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perfusio",
        abstract: "Read, check and convert perfusion case records (pump logs in Markdown, structured XML).",
        discussion: "Exit status: 0 no errors, 1 an input has an error, 2 usage error, 3 output not written, 4 internal error.",
        version: PerfusioVersion.current,
        subcommands: [
            Validate.self,
            Convert.self,
            Check.self,
            Metrics.self,
        ]
    )
}
