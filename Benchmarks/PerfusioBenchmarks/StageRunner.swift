import Foundation
import Perfusio
import PerfusioCore
import PerfusioRender

/// One stage timed inside a child process (`PerfusioBenchmarks --stage NAME DIR [OUT]`), so its peak memory is its
/// own. Prints `records bytes seconds cpu-seconds` on one line.
///
/// Single-file stages run one file after another on one core and time only their own step (the earlier steps run
/// untimed before it); `pipeline` runs the library's batch, as `perfusio report` does, on every core.
struct StageRunner {
    enum Stage: String, CaseIterable {
        /// cmark-gfm in-process, one parser per document, table and tasklist extensions (the Markdown baseline).
        case cmark
        /// `RecordLoader.load`: file bytes to a `PerfusionCase` (for XML this includes the XSD).
        case read
        /// `Validation.check(loader.load(file))`: what `perfusio validate` does per file.
        case validate
        /// `CaseFigures` plus the rule packs and record-consistency checks over a read record.
        case derive
        /// The HTML report (its chart inline) of a read, derived and checked record.
        case render
        /// Files to HTML reports written to a folder, through `BatchRunner`, `CaseDocuments` and the flushing thread.
        case pipeline
    }

    let stage: Stage
    let folder: URL
    let output: URL?

    func run() async throws {
        let files = InputCollector().collect([folder.path])
        let schemas = try ResourceLocator().locate(.schemas)
        let loader = RecordLoader(formats: .standard(schemas: schemas))
        let checker = try Checker(schemas: schemas)
        let templates = try await DocumentTemplates.load(from: try ResourceLocator().locate(.templates))
        var seconds = 0.0, cpu = 0.0, bytes = 0
        if stage == .pipeline {
            let documents = CaseDocuments(templates: templates, checker: checker)
            let writer = AtomicFileWriter(protecting: files.map(\.url))
            let folder = output ?? URL(fileURLWithPath: NSTemporaryDirectory())
            let start = Clock.now(), cpuStart = Clock.cpu(CLOCK_PROCESS_CPUTIME_ID)
            // As `perfusio report` does: each file flushed and renamed on a thread of its own.
            let flusher = SerialWriterThread()
            await BatchRunner().run(files, { input in
                (try? documents.render(loader.load(input), .report, format: .html, writesFiles: true))?.files ?? []
            }) { rendered in
                if rendered.isEmpty { FileHandle.standardError.write(Data("not rendered\n".utf8)) }
                for file in rendered {
                    guard let staged = try? writer.stage(file.text, to: folder.appendingPathComponent(file.name)) else { continue }
                    await flusher.enqueue { try? staged.commit() }
                }
            }
            await flusher.finish()
            seconds = Clock.now() - start
            cpu = Clock.cpu(CLOCK_PROCESS_CPUTIME_ID) - cpuStart
            bytes = files.reduce(0) { $0 + Self.size($1.url) }
        } else {
            for file in files {
                bytes += Self.size(file.url)
                let cpuStart = Clock.cpu(CLOCK_THREAD_CPUTIME_ID)
                let (wall, stepCPU) = try step(file, loader: loader, checker: checker, templates: templates, cpuStart: cpuStart)
                seconds += wall
                cpu += stepCPU
            }
        }
        print(files.count, bytes, seconds, cpu)
    }

    /// The wall and CPU seconds this stage's own step took on `file` (the step runs on one thread, start to end).
    private func step(_ file: InputFile, loader: RecordLoader, checker: Checker, templates: DocumentTemplates,
                      cpuStart: Double) throws -> (Double, Double) {
        var cpuStart = cpuStart
        let wall = try timedStep(file, loader: loader, checker: checker, templates: templates) { cpuStart = Clock.cpu(CLOCK_THREAD_CPUTIME_ID) }
        return (wall, Clock.cpu(CLOCK_THREAD_CPUTIME_ID) - cpuStart)
    }

    /// The wall seconds of this stage's own step on `file`; `restart` is called when the timed part begins.
    private func timedStep(_ file: InputFile, loader: RecordLoader, checker: Checker, templates: DocumentTemplates,
                           restart: () -> Void) throws -> Double {
        switch stage {
        case .cmark:
            let bytes = Array(try Data(contentsOf: file.url))
            restart()
            let start = Clock.now()
            _ = CmarkBaseline.html(bytes)
            return Clock.now() - start
        case .read:
            let start = Clock.now()
            _ = loader.load(file)
            return Clock.now() - start
        case .validate:
            let start = Clock.now()
            _ = Validation.check(loader.load(file))
            return Clock.now() - start
        case .derive, .render:
            guard let record = loader.load(file).record else { throw BenchmarkError("\(file.url.path) did not read") }
            restart()
            var start = Clock.now()
            let figures = CaseFigures(record: record)
            let findings = Validation.sorted(RecordConsistency.check(record) + checker.engine.check(record, figures: figures))
            if stage == .derive { return Clock.now() - start }
            if stage == .render { restart() }
            start = Clock.now()
            // The HTML report draws its chart inline (ReportView), as `perfusio report` writes it.
            let view = ReportView(record: record, figures: figures, findings: findings, format: .html, chartFile: nil)
            _ = try templates.render(view, format: .html)
            return Clock.now() - start
        case .pipeline:
            return 0
        }
    }

    private static func size(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? NSNumber)?.intValue ?? 0
    }
}
