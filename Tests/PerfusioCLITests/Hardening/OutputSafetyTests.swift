import Foundation
import Perfusio
import PerfusioTestSupport
import Testing

/// Nothing a user has is lost or half-written: no command writes over its input, two runs into one folder leave
/// whole files, and a killed batch leaves each output whole or absent. These run the built binary.
@Suite(.enabled(if: TranscriptRunner.binary != nil, "no perfusio binary: run `swift build --build-tests` first"))
struct OutputSafetyTests {
    /// A command that writes files: its arguments with `INPUT` for the input and `OUT` for where `-o` points, and
    /// the input it is given (named so that its output, put in the input's folder, would land on it).
    struct WritingCommand: CustomStringConvertible, Sendable {
        var arguments: [String]
        var input: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let schemas = Fixtures.packageRoot.appendingPathComponent("schemas").path

    /// Every command that writes files.
    static let writingCommands: [WritingCommand] = [
        WritingCommand(arguments: ["convert", "INPUT", "--to", "xml", "-o", "OUT"], input: "samples/xml/vv-ecmo-ards.xml"),
        WritingCommand(arguments: ["convert", "INPUT", "--to", "markdown", "-o", "OUT"], input: "samples/vv-ecmo-ards.md"),
    ]

    @Test(arguments: writingCommands)
    func outputAimedAtAnInputIsRefusedAndTheInputKept(command: WritingCommand) throws {
        let scratch = try TemporaryFolder("perfusio-overwrite")
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.file("sub"), withIntermediateDirectories: true)
        let name = URL(fileURLWithPath: command.input).lastPathComponent
        let original = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(command.input), encoding: .utf8)
        try scratch.write(original, to: name)
        for (aim, shown) in [(name, name), ("sub/../\(name)", "sub/../\(name)"), ("./", "./\(name)")] {
            let arguments = command.arguments.map { $0 == "INPUT" ? name : $0 == "OUT" ? aim : $0 }
            let run = try BinaryRun.run(arguments + ["--schemas", Self.schemas], scratch: scratch, in: scratch.url)
            #expect(scratch.read(name) == original, "\(arguments) changed its input")
            #expect(run.status == 3, "\(arguments) exited \(run.status)")
            #expect(run.errors.split(separator: "\n").first == "error: refusing to write \(shown): it is an input of this batch")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
            .filter { !$0.hasSuffix(".out") && !$0.hasSuffix(".err") }
        #expect(left.sorted() == [name, "sub"].sorted(), "nothing written, no temporary file left")
    }
}
