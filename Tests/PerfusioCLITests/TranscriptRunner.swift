import Foundation
import PerfusioTestSupport

/// Runs transcript steps against the built `perfusio` binary, from the package root.
enum TranscriptRunner {
    /// The binary under test: `PERFUSIO_BINARY`, else `.build/debug/perfusio`; nil when it has not been built.
    static let binary: URL? = {
        let environment = ProcessInfo.processInfo.environment["PERFUSIO_BINARY"]
        let url = environment.map { URL(fileURLWithPath: $0) }
            ?? Fixtures.packageRoot.appendingPathComponent(".build/debug/perfusio")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }()

    /// The transcript files, by path relative to the package root.
    static let files: [String] = {
        let folder = "Tests/PerfusioCLITests/Transcripts"
        let names = (try? FileManager.default.contentsOfDirectory(
            atPath: Fixtures.packageRoot.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { "\(folder)/\($0)" }
    }()

    /// The transcript with each step's output, errors and status replaced by what the binary did.
    static func rerun(_ transcript: Transcript, binary: URL) throws -> Transcript {
        let scratch = try TemporaryFolder("perfusio-transcript")
        defer { scratch.remove() }
        var result = transcript
        for index in result.steps.indices {
            result.steps[index] = try run(result.steps[index], binary: binary, scratch: scratch.url.path)
        }
        return result
    }

    private static func run(_ step: Step, binary: URL, scratch: String) throws -> Step {
        let process = Process()
        process.executableURL = binary
        process.arguments = step.arguments.dropFirst().map { $0.replacingOccurrences(of: "$TMP", with: scratch) }
        process.currentDirectoryURL = Fixtures.packageRoot
        var environment = ProcessInfo.processInfo.environment
        for name in ["PERFUSIO_SCHEMAS", "PERFUSIO_TEMPLATES"] { environment[name] = nil }
        environment["COLUMNS"] = "100"
        process.environment = environment
        let outURL = URL(fileURLWithPath: scratch).appendingPathComponent(".stdout")
        let errURL = URL(fileURLWithPath: scratch).appendingPathComponent(".stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        if let input = step.standardInput {
            process.standardInput = try FileHandle(forReadingFrom: Fixtures.packageRoot.appendingPathComponent(input))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        var done = step
        done.output = lines(of: outURL, scratch: scratch)
        done.errors = lines(of: errURL, scratch: scratch)
        done.status = process.terminationStatus
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
        return done
    }

    private static func lines(of url: URL, scratch: String) -> [String] {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var lines = text.replacingOccurrences(of: scratch, with: "$TMP").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    typealias Step = Transcript.Step
}
