import Foundation

/// `PerfusioBenchmarks [--records N] [--batch N] [--quick] [--keep]` (no subcommand): generates a corpus in a temporary folder and
/// times cmark-gfm, xmllint and Perfusio's stages over it (see README, "Benchmarks"). Build in release first:
///
///     swift build -c release && .build/release/PerfusioBenchmarks
///
/// `--generate DIR` only writes the corpus (for profiling); `--stage NAME FOLDER [OUT]` is the child-process mode
/// the suite uses for each stage.
enum ThroughputCommand {
    static func run(_ arguments: [String]) async {
        var arguments = arguments
        do {
            if arguments.first == "--probe-cores" { return CoreProbe.run() }
            if arguments.first == "--stage" {
                guard arguments.count >= 3, let stage = StageRunner.Stage(rawValue: arguments[1]) else {
                    throw BenchmarkError("--stage needs one of \(StageRunner.Stage.allCases.map(\.rawValue)) and a folder")
                }
                let output = arguments.count > 3 ? URL(fileURLWithPath: arguments[3]) : nil
                try await StageRunner(stage: stage, folder: URL(fileURLWithPath: arguments[2]), output: output).run()
                return
            }
            var options = Suite.Options(), generateOnly = false
            while !arguments.isEmpty {
                let flag = arguments.removeFirst()
                switch flag {
                case "--records": options.records = try number(after: flag, &arguments)
                case "--batch": options.largeBatch = try number(after: flag, &arguments)
                case "--quick": options.records = 200; options.largeBatch = 1_000
                case "--keep": options.keepsCorpus = true
                case "--generate":
                    guard !arguments.isEmpty else { throw BenchmarkError("--generate needs a folder") }
                    options.corpusFolder = URL(fileURLWithPath: arguments.removeFirst())
                    generateOnly = true
                default: throw BenchmarkError("unknown option \(flag); use --records N, --batch N, --quick, --keep, --generate DIR")
                }
            }
            let suite = try Suite(options: options)
            if generateOnly { _ = try suite.generate() } else { try suite.run() }
        } catch {
            FileHandle.standardError.write(Data("PerfusioBenchmarks: \(error)\n".utf8))
            exit(2)
        }
    }

    private static func number(after flag: String, _ arguments: inout [String]) throws -> Int {
        guard !arguments.isEmpty, let n = Int(arguments.removeFirst()), n >= 4 else {
            throw BenchmarkError("\(flag) needs a number of at least 4")
        }
        return n
    }
}
