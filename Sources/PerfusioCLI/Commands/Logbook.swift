import ArgumentParser
import Foundation
import Perfusio

/// `perfusio logbook PATH... --person ID | --department [--profile NAME] [--period FROM..TO] [--format …] [-o FILE]`.
struct Logbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a perfusionist's clinical activity log, or the department's summary, and check it against a credential profile.",
        discussion: """
            Rows come from each record's team and relief events. Profiles are data in schemas/credentials/ \
            (abcp-recertification, abcp-exam-eligibility, ebcp-exam, ebcp-recertification, anzcp-certification). \
            Case references are keyed with the site key (--site-key FILE or PERFUSIO_SITE_KEY); no patient identifier \
            is ever written. Without --period the profile's period holding the latest case read is used.
            """)

    @OptionGroup var inputs: InputOptions
    @OptionGroup var schemas: SchemaOptions
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Whose log: a staff id from --staff, or a name as written.", valueName: "id"))
    var person: String?

    @Flag(help: "One line per person instead of one person's log.")
    var department = false

    @Option(help: ArgumentHelp("The credential profile in schemas/credentials/.", valueName: "name"))
    var profile = LogbookRequest.defaultProfile

    @Option(help: ArgumentHelp("The dates to count, both inclusive: 2025-07-01..2026-06-30.", valueName: "from..to"))
    var period: String?

    @Option(help: "Output format: html, markdown, csv or json.")
    var format: LogbookFormat = .html

    @Option(help: ArgumentHelp("The staff list (YAML): staff ids, names as written, certifications.", valueName: "file"))
    var staff: String?

    @Option(name: [.customLong("site-key"), .customLong("site-key-file")], help: ArgumentHelp("A file holding the site's secret key for case references.", valueName: "file"))
    var siteKey: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date months left are counted from (default today).", valueName: "yyyy-mm-dd"))
    var asOf: String?

    func validate() throws {
        if (person == nil) == !department { throw ValidationError("Give either --person ID or --department.") }
        if let period, !LogbookRequest.isPeriod(period) {
            throw ValidationError("--period must be two dates, the first not after the second: 2025-07-01..2026-06-30.")
        }
        if let asOf, !LogbookRequest.isDate(asOf) { throw ValidationError("--as-of must be a date yyyy-mm-dd.") }
    }

    func run() async throws {
        let files = try inputs.collect()
        let schemasFolder = try schemas.requiredSchemasFolder()
        let templatesFolder = [.html, .markdown].contains(format) ? try templates.templatesFolder() : nil
        let runner = LogbookRunner(loader: RecordLoader(formats: try schemas.formatTable(), maximumBytes: inputs.maximumBytes),
                                   schemas: schemasFolder, templates: templatesFolder)
        let request = LogbookRequest(
            person: person, department: department, profile: profile, periodText: period, format: format,
            staffFile: staff.map { URL(fileURLWithPath: $0) }, siteKeyFile: siteKey.map { URL(fileURLWithPath: $0) }, asOfText: asOf)
        let result: LogbookResult
        do { result = try runner.run(files, request) } catch { throw UsageError(error.description) }
        Console.errorText(DiagnosticRenderer().render(result.diagnostics, as: .text))
        var status = result.status
        if let text = result.text {
            if let path = output.output {
                do {
                    // The staff list and the site key are inputs too: losing the key orphans every case reference.
                    let read = files.map(\.url) + [staff, siteKey].compactMap { $0.map { URL(fileURLWithPath: $0) } }
                    try AtomicFileWriter(protecting: read).write(text, to: URL(fileURLWithPath: path), displayPath: path)
                } catch {
                    Console.error("error: \(error)")
                    status = max(status, .outputFailed)
                }
            } else {
                Console.output(text)
            }
        }
        try status.finish()
    }
}

/// `--format html|markdown|csv|json`.
extension LogbookFormat: ExpressibleByArgument {}
