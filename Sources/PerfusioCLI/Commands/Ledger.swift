import ArgumentParser
import Foundation
import Perfusio
import PerfusioRegistries

/// `perfusio ledger list [--ledger FILE]`: the submission history.
struct Ledger: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the submission ledger.",
        subcommands: [List.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every case sent: batch, registry, time, pseudonymous id, correction or not, content hash.")

        @Option(help: ArgumentHelp("The ledger file.", valueName: "file"))
        var ledger: String = "ledger.sqlite"

        @Option(help: ArgumentHelp("Only this registry's submissions.", valueName: "name"))
        var registry: String?

        func run() async throws {
            guard FileManager.default.fileExists(atPath: ledger) else { throw UsageError("no ledger at \(ledger)") }
            let history = try SubmissionLedger(readingExisting: ledger).history(registry: registry)
            Console.output(LedgerListing.text(history))
        }
    }
}
