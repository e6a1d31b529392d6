import ArgumentParser
import Foundation
import Perfusio
import PerfusioCore
import PerfusioRegistries

/// `perfusio submit --registry NAME PATH... -o DIR`: a registry submission, its JSON, a data-quality report and the ledger.
struct Submit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a registry submission from records, de-identified, with a data-quality report and a ledger.",
        discussion: """
            Reads every record; a case with an error is held out of the submission and listed in the report. Writes \
            DIR/NAME-submission.csv (or .xml), DIR/NAME-submission.json, DIR/NAME-quality.md and .html atomically, and \
            records the batch in the ledger (DIR/ledger.sqlite or --ledger) in one transaction. A case already sent \
            unchanged is not sent again; a changed one is sent as a correction. De-identified by default (HIPAA Safe \
            Harbor, docs/registries.md). Exit 0 when no case is held out, 1 when one is, 2 for an unknown or malformed \
            profile, 3 when an output or the ledger cannot be written.
            """)

    @Option(help: ArgumentHelp("The registry profile: a file name in schemas/registries without .yaml (sts-acsd, amsect-perform, anzcpr, elso).",
                               valueName: "name"))
    var registry: String

    @OptionGroup var inputs: InputOptions
    @OptionGroup var schemas: SchemaOptions
    @OptionGroup var templates: TemplateOptions

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output: String

    @Option(help: ArgumentHelp("Only cases dated on or after this day (yyyy-MM-dd).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only cases dated on or before this day (yyyy-MM-dd).", valueName: "date"))
    var until: String?

    @Flag(help: "Write only the data-quality report: no submission file, no ledger change.")
    var dryRun = false

    @Flag(help: "Keep identifiers (names, record numbers, dates) for a registry that receives them under an agreement.")
    var identified = false

    @Option(help: ArgumentHelp("The submission ledger (SQLite); DIR/ledger.sqlite when left out.", valueName: "file"))
    var ledger: String?

    @Option(name: [.customLong("site-key-file"), .customLong("site-key")],
            help: ArgumentHelp("Pseudonymise with HMAC-SHA-256 under this site key (at least 32 bytes) instead of random surrogates kept in the ledger.",
                               valueName: "file"))
    var siteKeyFile: String?

    func validate() throws {
        if let since, CaseDate(iso: since) == nil { throw ValidationError("--since must be a date like 2026-01-01.") }
        if let until, CaseDate(iso: until) == nil { throw ValidationError("--until must be a date like 2026-03-31.") }
    }

    func run() async throws {
        let schemasFolder = try schemas.requiredSchemasFolder()
        let profile: RegistryProfile
        do {
            profile = try ProfileCatalogue(schemas: schemasFolder).load(registry)
        } catch {
            let file = FileDiagnostics(file: "registries/\(registry).yaml", diagnostics: error.diagnostics)
            Console.errorText(DiagnosticRenderer().text(file))
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        let request = SubmissionRequest(
            profile: profile, inputs: try inputs.collect(), outputFolder: URL(fileURLWithPath: output),
            ledgerFile: ledger.map { URL(fileURLWithPath: $0) }, mode: identified ? .identified : .deidentified,
            siteKey: try siteKey(), since: since.flatMap(CaseDate.init(iso:)), until: until.flatMap(CaseDate.init(iso:)),
            isDryRun: dryRun)
        let renderer = try await TemplateQualityReportRenderer(templates: templates.templatesFolder())
        let loader = RecordLoader(formats: try schemas.formatTable(), maximumBytes: inputs.maximumBytes)
        let result = try await SubmissionRunner(loader: loader, renderer: renderer).run(request)
        for report in result.batch.cases where report.outcome == .heldOut {
            Console.errorText(DiagnosticRenderer().text(FileDiagnostics(file: report.file, diagnostics: report.consoleIssues)))
        }
        Console.error(Self.summary(result, dryRun: dryRun))
        try (result.batch.count(.heldOut) > 0 ? ExitStatus.inputError : .success).finish()
    }

    private func siteKey() throws -> [UInt8]? {
        guard let siteKeyFile else { return nil }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: siteKeyFile)) else {
            throw UsageError("cannot read the site key file \(siteKeyFile)")
        }
        guard Pseudonymizer.keyedHash(siteKey: Array(data)) != nil else {
            throw UsageError("the site key file \(siteKeyFile) holds \(data.count) bytes; it needs at least 32")
        }
        return Array(data)
    }

    /// `500 records: 12 sent (10 new, 2 corrections), 480 unchanged, 8 held out; wrote out/sts-acsd-submission.csv, …`.
    static func summary(_ result: SubmissionRunner.Result, dryRun: Bool) -> String {
        let b = result.batch
        let sent = b.count(.new) + b.count(.correction)
        var parts = ["\(b.cases.count) records: \(sent) \(dryRun ? "would be sent" : "sent") (\(b.count(.new)) new, \(b.count(.correction)) corrections)",
                     "\(b.count(.unchanged)) unchanged", "\(b.count(.heldOut)) held out"]
        if b.count(.notApplicable) > 0 { parts.append("\(b.count(.notApplicable)) not taken by \(b.profile.id)") }
        if b.count(.outsideDates) > 0 { parts.append("\(b.count(.outsideDates)) outside the dates") }
        return parts.joined(separator: ", ") + "; wrote " + result.written.map(\.path).joined(separator: ", ")
    }
}
