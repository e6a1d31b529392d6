import ArgumentParser
import Perfusio
import PerfusioRender

/// `perfusio report PATH... [--format html|markdown] [-o DIR] [--templates DIR] [--rules FILE]`: post-case reports.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the post-case report of each record: case, team, patient, times, figures, findings, fluids, chart.",
        discussion: """
            HTML is one self-contained file (inline CSS and SVG chart) that prints on A4 or Letter; Markdown links its \
            chart, written beside it as <case>-chart.svg. Files in DIR are named <case id>-report.html (or .md), the id \
            made safe for a file name. One input without -o prints to standard output. A record with errors is not \
            rendered. Templates come from --templates DIR (see docs/cli.md, "Resources").
            """)

    @OptionGroup var documents: TemplatedDocumentOptions

    func run() async throws { try await documents.run(.report) }
}
