import ArgumentParser
import Foundation
import Perfusio
import PerfusioCaptures

/// `perfusio import CAPTURE... --into RECORD [--patient ID] [--clock-offset ±DURATION] [--mapping FILE] [-o OUT]
/// [--summary text|json]`: merges bedside-device captures into a record.
struct Import: AsyncParsableCommand {
    enum SummaryFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    static let configuration = CommandConfiguration(
        abstract: "Import bedside-device captures (Terumo CDI, Radiometer ABL, mapped CSV/TSV) into a record.",
        discussion: """
            Captured values are added as readings of origin `captured` (device, file, line); typed values are never \
            changed. Artefacts are marked, not dropped. The summary goes to standard output, diagnostics to standard \
            error. The merged record is written only with -o (format from its extension), atomically, never over an \
            input, and not when any input has an error. Patient names and ids are never printed.
            """)

    @Argument(help: ArgumentHelp("Capture files (CDI line logs, ABL patient logs, CSV/TSV with a mapping).", valueName: "capture"))
    var captures: [String]

    @Option(help: ArgumentHelp("The record to merge into (.md, .markdown or .xml).", valueName: "record"))
    var into: String

    @Option(help: ArgumentHelp("The patient id whose samples to import from an analyser export (never printed).", valueName: "id"))
    var patient: String?

    @Option(name: .customLong("clock-offset"),
            help: ArgumentHelp("Device clock minus wall clock: +19m46s, +1186, +00:19:46; write --clock-offset=-60s for a "
                               + "negative one. Estimated when left out.", valueName: "±duration"))
    var clockOffset: String?

    @Option(help: ArgumentHelp("A capture mapping file for every capture, instead of recognising each one.", valueName: "file"))
    var mapping: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var schemas: SchemaOptions

    @Option(help: "The import summary on standard output: text or json.")
    var summary: SummaryFormat = .text

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Refuse input files larger than this many bytes.", valueName: "bytes"))
    var maximumBytes: Int = RecordLoader.defaultMaximumBytes

    func validate() throws {
        if captures.isEmpty { throw ValidationError("Give at least one capture file.") }
        if let clockOffset, ClockOffset.seconds(parsing: clockOffset) == nil {
            throw ValidationError("--clock-offset: expected a signed duration such as +19m46s, -60s, +1186 or +00:19:46.")
        }
        if let out = output.output, RecordFormat(fileExtension: URL(fileURLWithPath: out).pathExtension) == nil {
            throw ValidationError("-o: the merged record's file name must end in .xml, .md or .markdown.")
        }
        if maximumBytes < 1 { throw ValidationError("--max-size must be at least 1 byte.") }
    }

    func run() async throws {
        let table = try schemas.formatTable()
        let recordURL = URL(fileURLWithPath: into)
        let loaded = RecordLoader(formats: table, maximumBytes: maximumBytes).load(recordURL, displayPath: into)
        let inputs = captures.map { InputFile(url: URL(fileURLWithPath: $0).standardizedFileURL, displayPath: $0,
                                              relativePath: URL(fileURLWithPath: $0).lastPathComponent) }
        let run = CaptureImport(schemas: try schemas.requiredSchemasFolder(), mappingFile: mapping.map { (URL(fileURLWithPath: $0), $0) },
                                patientID: patient, clockOffset: clockOffset.flatMap(ClockOffset.seconds(parsing:)),
                                maximumBytes: maximumBytes)
        let outcome = run.run(record: loaded, captures: inputs)
        let renderer = DiagnosticRenderer()
        for report in outcome.reports { Console.errorText(renderer.text(report)) }
        if !outcome.summaries.isEmpty {
            Console.output(summary == .json ? ImportSummaryRenderer.json(outcome.summaries) : ImportSummaryRenderer.text(outcome.summaries))
        }
        let errors = outcome.reports.count(.error), warnings = outcome.reports.count(.warning)
        Console.error("\(outcome.summaries.count) of \(captures.count) captures imported, \(errors) error\(errors == 1 ? "" : "s"), "
                      + "\(warnings) warning\(warnings == 1 ? "" : "s")")
        var status = ExitStatus.of(outcome.reports)
        if let out = output.output {
            status = max(status, write(outcome, to: out, protecting: [recordURL] + inputs.map(\.url), table: table))
        }
        try status.finish()
    }

    /// Writes the merged record to `path` unless an input had errors; returns the status the writing earns.
    private func write(_ outcome: CaptureImport.Outcome, to path: String, protecting inputs: [URL], table: FormatTable) -> ExitStatus {
        let errors = outcome.reports.count(.error)
        guard errors == 0, let record = outcome.record else {
            Console.error("\(path): not written: the import has \(errors) error\(errors == 1 ? "" : "s")")
            return .inputError
        }
        guard let format = RecordFormat(fileExtension: URL(fileURLWithPath: path).pathExtension), let writer = table.writer(for: format) else {
            Console.error("error: this build cannot write \(path)")
            return .outputFailed
        }
        do {
            try AtomicFileWriter(protecting: inputs).write(writer.write(record), to: URL(fileURLWithPath: path), displayPath: path)
            return .success
        } catch {
            Console.error("error: \(error)")
            return .outputFailed
        }
    }
}
