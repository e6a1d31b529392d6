import ArgumentParser
import Perfusio

/// `perfusio check PATH... [--rules FILE]`: runs the clinical rule packs over every record.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check records against the clinical rule packs (adult CPB, paediatric CPB, ECMO).",
        discussion: """
            Prints one line per finding (file:line:column: severity: message [rule] (source)) and a summary on standard \
            error. Exit 0 when no finding is an error, 1 when any is (or a record or rule file cannot be read).
            """)

    @OptionGroup var inputs: InputOptions
    @OptionGroup var schemas: SchemaOptions

    @Option(help: ArgumentHelp("An institution's rule file: changed thresholds or severities, rules switched off with a reason, added rules.",
                               valueName: "file"))
    var rules: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() async throws {
        let files = try inputs.collect()
        let folder = try schemas.requiredSchemasFolder()
        let renderer = DiagnosticRenderer()
        let checker: Checker
        do { checker = try Checker(schemas: folder, overrides: rules) } catch {
            Console.output(renderer.render([error.report], as: diagnostics.format))
            throw ExitCode(ExitStatus.inputError.rawValue)
        }
        let loader = RecordLoader(formats: try schemas.formatTable(), maximumBytes: inputs.maximumBytes)
        try await DiagnosticBatch(format: diagnostics.format).run(files) { checker.check(loader.load($0)) }
    }
}
