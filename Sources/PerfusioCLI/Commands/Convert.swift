import ArgumentParser
import Perfusio

/// `perfusio convert PATH... --to xml|markdown [-o FILE|DIR]`: converts records, writing atomically, never over an input.
struct Convert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert records between the Markdown log and the XML record.",
        discussion: """
            One input without -o prints to standard output. Several inputs need -o DIR; each output is named after \
            its input file (never after record content), keeping the path below a folder argument. A record with \
            errors is not converted. Files are written atomically and never over an input.
            """)

    @OptionGroup var inputs: InputOptions
    @OptionGroup var schemas: SchemaOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "The format to write: xml or markdown.")
    var to: RecordFormat

    func validate() throws {
        if inputs.mayNameSeveral && output.output == nil { throw ValidationError("Several inputs need -o DIR.") }
    }

    func run() async throws {
        let files = try inputs.collect()
        let table = try schemas.formatTable()
        guard let writer = table.writer(for: to) else { throw UsageError("this build cannot write \(to.rawValue)") }
        guard let destination = OutputDestination.resolve(output.output, several: inputs.mayNameSeveral || files.count > 1)
        else { throw UsageError("several inputs need -o DIR") }
        let loader = RecordLoader(formats: table, maximumBytes: inputs.maximumBytes)
        var output = BatchOutput(destination: destination, fileExtension: to.fileExtension,
                                 writer: AtomicFileWriter(protecting: files.map(\.url)))
        var status = ExitStatus.success
        var converted = 0
        // Each file is flushed and renamed on a thread of its own while the workers convert the next records.
        let flusher = OutputFlusher()
        await BatchRunner().run(files, { input in
            let loaded = loader.load(input)
            let report = Validation.check(loaded)
            return (input, report, report.diagnostics.hasErrors ? nil : loaded.record.map(writer.write))
        }) { input, report, text in
            let outcome = await deliver(input, report, text, to: &output, flusher: flusher)
            status = max(status, outcome)
            if text != nil && outcome == .success { converted += 1 }
        }
        let failures = await flusher.finish().failed
        if failures > 0 { status = max(status, .outputFailed) }
        converted -= failures
        Console.error("\(converted) of \(files.filter(\.isRecord).count) records converted")
        try status.finish()
    }

    /// Prints one input's diagnostics and writes its output (the flush and rename queued on `flusher`); returns the
    /// status it earns so far.
    private func deliver(_ input: InputFile, _ report: FileDiagnostics, _ text: String?, to output: inout BatchOutput,
                         flusher: OutputFlusher) async -> ExitStatus {
        var report = report
        if text == nil && input.isRecord {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            report.diagnostics.append(InputDiagnostics.notConverted("not converted: the record has \(errors) error\(errors == 1 ? "" : "s")"))
        }
        Console.errorText(DiagnosticRenderer().text(report))
        guard let text else { return report.diagnostics.hasErrors ? .inputError : .success }
        do {
            guard let staged = try output.stage(text, for: input) else {
                Console.output(text)
                return .success
            }
            await flusher.commit(staged)
            return .success
        } catch {
            Console.error("error: \(error)")
            return .outputFailed
        }
    }
}
