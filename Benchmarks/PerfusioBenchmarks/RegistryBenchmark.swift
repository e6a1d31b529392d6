import Foundation
import Perfusio
import PerfusioRegistries
import PerfusioTestSupport

/// `registry-generate COUNT DIR [SEED]` writes COUNT synthetic pump logs (fictional identifiers, some fields left
/// out; ``SyntheticLogs``) into DIR. `registry-submit DIR OUT` times a de-identified STS submission over DIR, twice
/// (the second run sends nothing), and prints wall time per run.
enum RegistryBenchmark {
    static func run(_ arguments: [String]) async {
        switch (arguments.first, arguments.count) {
        case ("registry-generate", 3...4):
            guard let count = Int(arguments[1]), count > 0 else { fail("COUNT must be a positive number") }
            let seed = arguments.count == 4 ? UInt64(arguments[3]) ?? 2026 : 2026
            do {
                let logs = try SyntheticLogs(seed: seed).write(count: count, to: URL(fileURLWithPath: arguments[2]))
                let omitted = logs.reduce(0) { $0 + ($1.omitted.isEmpty ? 0 : 1) }
                print("\(logs.count) logs written to \(arguments[2]); \(omitted) leave something out")
            } catch { fail("\(error)") }
        case ("registry-submit", 3): await submit(folder: arguments[1], output: arguments[2])
        default: fail("bad arguments: \(arguments)")
        }
    }

    static func submit(folder: String, output: String) async {
        do {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            let profile = try ProfileCatalogue(schemas: root.appendingPathComponent("schemas")).load("sts-acsd")
            let renderer = try await TemplateQualityReportRenderer(templates: root.appendingPathComponent("templates"))
            let runner = SubmissionRunner(loader: RecordLoader(formats: .standard(schemas: nil)), renderer: renderer)
            for run in 1...2 {
                let start = ContinuousClock.now
                let result = try await runner.run(SubmissionRequest(profile: profile, inputs: InputCollector().collect([folder]),
                                                                    outputFolder: URL(fileURLWithPath: output)))
                let elapsed = ContinuousClock.now - start
                print("run \(run): \(result.batch.cases.count) records, \(result.batch.sent.count) sent, \(elapsed)")
            }
        } catch { fail("\(error)") }
    }

    static func fail(_ message: String) -> Never {
        print(message)
        exit(2)
    }
}
