import ArgumentParser
import Perfusio

/// `perfusio chart PATH... [-o DIR] [--rules FILE]`: the perfusion chart of each record as SVG.
struct Chart: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the perfusion chart of each record as an SVG file (no script; prints in black and white).",
        discussion: """
            Files in DIR are named <case id>-chart.svg, the id made safe for a file name. One input without -o prints to \
            standard output. A record with errors is not drawn.
            """)

    @OptionGroup var inputs: InputOptions
    @OptionGroup var schemas: SchemaOptions
    @OptionGroup var options: DocumentOptions

    func run() async throws {
        try await DocumentRun(kind: .chart, format: .html, inputs: inputs, schemas: schemas, templates: nil,
                              options: options).run()
    }
}
