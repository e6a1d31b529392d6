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
        try await DiagnosticBatch(format: diagnostics.format).run(files) { Validation.check(loader.load($0)) }
    }
}
