import ArgumentParser
import Foundation
import Perfusio
import PerfusioRender

/// The work of `report`, `handover` and `chart`: load the templates once, then read, check and render every input,
/// writing each document atomically into the output folder (or to standard output for one input).
struct DocumentRun {
    var kind: DocumentKind
    var format: DocumentFormat
    var inputs: InputOptions
    var schemas: SchemaOptions
    var templates: TemplateOptions?
    var options: DocumentOptions

    func run() async throws {
        let files = try inputs.collect()
        let several = inputs.mayNameSeveral || files.count > 1
        if several && options.output == nil { throw UsageError("several inputs need -o DIR") }
        let documents = CaseDocuments(templates: try await loadTemplates(), checker: try checker())
        let loader = RecordLoader(formats: try schemas.formatTable(), maximumBytes: inputs.maximumBytes)
        var output = options.output.map { DocumentOutput(path: $0, writer: AtomicFileWriter(protecting: files.map(\.url))) }
        var status = ExitStatus.success
        // Each file is flushed and renamed on a thread of its own while the workers render the next records.
        let flusher = OutputFlusher()
        let (kind, format, toFolder) = (kind, format, output != nil)
        await BatchRunner().run(files, { input in
            let loaded = loader.load(input)
            let result = Result { () throws(TemplateError) in try documents.render(loaded, kind, format: format, writesFiles: toFolder) }
                .map { (input, $0) }
            loaded.release()
            return result
        }) { outcome in
            switch outcome {
            case .failure(let error):
                Console.error("error: \(error)")
                status = max(status, .usage)
            case .success(let (input, first)):
                Console.errorText(DiagnosticRenderer().text(first.report))
                status = max(status, first.report.diagnostics.hasErrors ? .inputError : .success)
                var result = first
                if output != nil, let stem = first.stem {
                    let claimed = output!.claim(stem, for: input)
                    if let takenBy = claimed.takenBy {
                        Console.error("note: \(input.displayPath): case id already written from \(takenBy); named \(claimed.stem)")
                        result = (try? documents.render(loader.load(input), kind, format: format, writesFiles: true, stem: claimed.stem)) ?? first
                    }
                }
                for file in result.files {
                    guard output != nil else { Console.output(file.text); continue }
                    do { await flusher.commit(try output!.stage(file, for: input)) } catch {
                        Console.error("error: \(error)")
                        status = max(status, .outputFailed)
                    }
                }
            }
        }
        let (written, failures) = await flusher.finish()
        if failures > 0 { status = max(status, .outputFailed) }
        if let output { Console.error("\(written) file\(written == 1 ? "" : "s") written to \(output.displayPath)") }
        try status.finish()
    }

    /// The templates, loaded once for the whole batch; nil for charts. A template missing for this document is a
    /// usage error before any record is read.
    private func loadTemplates() async throws -> DocumentTemplates? {
        guard let templates, kind != .chart else { return nil }
        let folder = try templates.templatesFolder()
        let loaded = try await DocumentTemplates.load(from: folder)
        let document: DocumentTemplates.Document = kind == .report ? .report : .handover
        if let missing = loaded.missing(document, formats: [format]).first {
            throw UsageError("no template \(missing) in \(templates.templates ?? folder.path)")
        }
        return loaded
    }

    private func checker() throws -> Checker {
        do { return try Checker(schemas: try schemas.requiredSchemasFolder(), overrides: options.rules) } catch let failure as RuleLoadingFailure {
            Console.errorText(DiagnosticRenderer().text(failure.report))
            throw ExitCode(ExitStatus.inputError.rawValue)
        }
    }
}
