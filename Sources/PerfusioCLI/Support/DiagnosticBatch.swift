import Perfusio

/// The loop `validate` and `check` share: every input through `work` on all cores (``BatchRunner``), text printed
/// as each file finishes, a summary on standard error, the worst exit status. Only JSON and SARIF, which are one
/// document, keep the files' diagnostics until the end; text keeps counts only, so memory does not grow with the
/// number of files.
struct DiagnosticBatch {
    var format: DiagnosticFormat

    func run(_ files: [InputFile], _ work: @escaping @Sendable (InputFile) -> FileDiagnostics) async throws {
        let renderer = DiagnosticRenderer()
        var kept: [FileDiagnostics] = []
        var tally = DiagnosticTally()
        await BatchRunner().run(files, work) { report in
            tally.add(report)
            if format == .text { Console.output(renderer.text(report)) } else { kept.append(report) }
        }
        if format != .text { Console.output(renderer.render(kept, as: format)) }
        Console.error(tally.summary(records: files.filter(\.isRecord).count))
        try tally.status.finish()
    }
}
