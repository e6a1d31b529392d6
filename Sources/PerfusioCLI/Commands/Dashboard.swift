import ArgumentParser
import Foundation
import Perfusio
import PerfusioRender

/// `perfusio dashboard PATH... -o DIR`: a static HTML quality dashboard over many cases.
struct Dashboard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a static HTML quality dashboard over many cases.",
        discussion: """
            Writes DIR/dashboard.html: cases by kind and month, CPB and cross-clamp time distributions and medians, \
            and the share of CPB cases meeting each quality measure (docs/registries.md), each case linked to its \
            report as `perfusio report -o DIR` names it. Records with errors are listed, not counted. Exit 0, or 1 \
            when a record was left out.
            """)

    @OptionGroup var inputs: InputOptions
    @OptionGroup var schemas: SchemaOptions
    @OptionGroup var templates: TemplateOptions

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output: String

    func run() async throws {
        let loader = RecordLoader(formats: try schemas.formatTable(), maximumBytes: inputs.maximumBytes)
        let documents = try await DocumentTemplates.load(from: templates.templatesFolder())
        let result = try await DashboardRunner(loader: loader, templates: documents)
            .run(try inputs.collect(), to: URL(fileURLWithPath: output))
        let d = result.dashboard
        for file in d.leftOut { Console.error("\(file): left out: the record has errors (perfusio validate lists them)") }
        Console.error("\(d.cases.count) cases on the dashboard, \(d.leftOut.count) records left out; wrote \(output)/dashboard.html")
        try (d.leftOut.isEmpty ? ExitStatus.success : .inputError).finish()
    }
}
