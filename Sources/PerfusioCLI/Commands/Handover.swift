import ArgumentParser
import Perfusio
import PerfusioRender

/// `perfusio handover PATH... [--format html|markdown] [-o DIR] [--templates DIR] [--rules FILE]`: ICU handovers.
struct Handover: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the one-page ICU handover of each record: times, course, last gases, anticoagulation, drugs, fluids, findings.",
        discussion: """
            Files in DIR are named <case id>-handover.html (or .md), the id made safe for a file name. One input without \
            -o prints to standard output. A record with errors is not rendered.
            """)

    @OptionGroup var documents: TemplatedDocumentOptions

    func run() async throws { try await documents.run(.handover) }
}
