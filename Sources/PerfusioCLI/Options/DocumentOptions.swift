import ArgumentParser
import Foundation
import Perfusio
import PerfusioRender

/// `--format html|markdown`.
extension DocumentFormat: ExpressibleByArgument {}

/// The options `report`, `handover` and `chart` share: where the files go and which institution rules apply.
struct DocumentOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("The folder to write into (created if missing); files are named after the case id. Standard output when left out for one input.",
                               valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("An institution's rule file, applied to the findings the documents list and mark.", valueName: "file"))
    var rules: String?
}

/// Everything `report` and `handover` take: inputs, resources, output folder, rules and the format.
struct TemplatedDocumentOptions: ParsableArguments {
    @OptionGroup var inputs: InputOptions
    @OptionGroup var schemas: SchemaOptions
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var options: DocumentOptions

    @Option(help: "Output format: html or markdown.")
    var format: DocumentFormat = .html

    /// Renders `kind` for every input.
    func run(_ kind: DocumentKind) async throws {
        try await DocumentRun(kind: kind, format: format, inputs: inputs, schemas: schemas, templates: templates,
                              options: options).run()
    }
}
