import Foundation
import PerfusioTestSupport

/// One run of the built `perfusio` binary, started from the package root with the resource variables cleared.
final class BinaryRun {
    let process = Process()
    private let outURL: URL
    private let errURL: URL

    /// Starts `perfusio arguments…`; standard output and error go to files in `scratch`.
    init(_ arguments: [String], scratch: TemporaryFolder, in directory: URL = Fixtures.packageRoot) throws {
        let binary = try TranscriptRunner.binary ?? { throw CocoaError(.fileNoSuchFile) }()
        let name = UUID().uuidString
        outURL = scratch.file(".\(name).out")
        errURL = scratch.file(".\(name).err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        for variable in ["PERFUSIO_SCHEMAS", "PERFUSIO_TEMPLATES"] { environment[variable] = nil }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
    }

    /// Waits for the run to end; returns its exit status.
    @discardableResult
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// What it wrote to standard output.
    var output: String { (try? String(contentsOf: outURL, encoding: .utf8)) ?? "" }
    /// What it wrote to standard error.
    var errors: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

    /// Runs `perfusio arguments…` to the end.
    static func run(_ arguments: [String], scratch: TemporaryFolder,
                    in directory: URL = Fixtures.packageRoot) throws -> (status: Int32, output: String, errors: String) {
        let run = try BinaryRun(arguments, scratch: scratch, in: directory)
        return (run.wait(), run.output, run.errors)
    }
}
