import Foundation
import Perfusio
import PerfusioTestSupport
import Testing

/// No command writes over a file it reads: `-o` aimed at an input (by its name, through `..`, or at the folder where
/// an output of the same name would land) is refused with exit 3, and the input is left byte for byte as it was.
/// These run the built binary. `chart` (`.svg`) and `dashboard` (`dashboard.html`) write names no input can have.
@Suite(.enabled(if: TranscriptRunner.binary != nil, "no perfusio binary: run `swift build --build-tests` first"))
struct OutputSafetyTests {
    /// One attempt: the files copied into a fresh folder (package path → name), the command run there, and the path
    /// the refusal names (`$TMP` for the folder).
    struct Attempt: CustomStringConvertible, Sendable {
        var files: [String: String]
        var arguments: [String]
        var refused: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let ecmo = "samples/vv-ecmo-ards.md", ecmoXML = "samples/xml/vv-ecmo-ards.xml"
    static let department = "samples/department/2025-07-01-cpb-101.md"

    static let attempts: [Attempt] = [
        Attempt(files: [ecmoXML: "in.xml"], arguments: ["convert", "in.xml", "--to", "xml", "-o", "in.xml"], refused: "in.xml"),
        Attempt(files: [ecmoXML: "in.xml"], arguments: ["convert", "in.xml", "--to", "xml", "-o", "sub/../in.xml"],
                refused: "sub/../in.xml"),
        Attempt(files: [ecmoXML: "in.xml"], arguments: ["convert", "in.xml", "--to", "xml", "-o", "./"], refused: "./in.xml"),
        Attempt(files: [ecmo: "in.md"], arguments: ["convert", "in.md", "--to", "markdown", "-o", "./"], refused: "./in.md"),
        Attempt(files: [ecmo: "RCU-ECMO-26-019-report.md"],
                arguments: ["report", "RCU-ECMO-26-019-report.md", "--format", "markdown", "-o", "."],
                refused: "./RCU-ECMO-26-019-report.md"),
        Attempt(files: [ecmo: "RCU-ECMO-26-019-handover.md"],
                arguments: ["handover", "RCU-ECMO-26-019-handover.md", "--format", "markdown", "-o", "."],
                refused: "./RCU-ECMO-26-019-handover.md"),
        Attempt(files: ["Tests/PerfusioCLITests/Inputs/porcine-2026027.md": "rec.md",
                        "Tests/Fixtures/captures/terumo-cdi500-porcine-2026027.log": "cdi.log"],
                arguments: ["import", "cdi.log", "--into", "rec.md", "-o", "rec.md"], refused: "rec.md"),
        Attempt(files: [department: "in.md"], arguments: ["logbook", "in.md", "--person", "J. Marsh", "--format", "csv", "-o", "in.md"],
                refused: "in.md"),
        Attempt(files: [department: "in.md", "samples/department/staff.yaml": "staff.yaml"],
                arguments: ["logbook", "in.md", "--person", "jmarsh", "--staff", "staff.yaml", "--format", "csv", "-o", "staff.yaml"],
                refused: "staff.yaml"),
        Attempt(files: [department: "in.md", "samples/department/site-key.txt": "key.txt"],
                arguments: ["logbook", "in.md", "--person", "J. Marsh", "--site-key", "key.txt", "--format", "csv", "-o", "key.txt"],
                refused: "key.txt"),
        Attempt(files: [ecmoXML: "elso-submission.xml"], arguments: ["submit", "--registry", "elso", "elso-submission.xml", "-o", "."],
                refused: "$TMP/elso-submission.xml"),
    ]

    @Test(arguments: attempts)
    func outputAimedAtAFileItReadsIsRefusedAndTheFileKept(attempt: Attempt) throws {
        let scratch = try TemporaryFolder("perfusio-overwrite")
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.file("sub"), withIntermediateDirectories: true)
        var originals: [String: Data] = [:]
        for (source, name) in attempt.files {
            originals[name] = try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(source))
            try originals[name]!.write(to: scratch.file(name))
        }
        let resources = ["--schemas", Fixtures.packageRoot.path + "/schemas"]
            + (["report", "handover", "submit", "logbook"].contains(attempt.arguments[0])
               ? ["--templates", Fixtures.packageRoot.path + "/templates"] : [])
        let run = try BinaryRun.run(attempt.arguments + resources, scratch: scratch, in: scratch.url)
        for (name, data) in originals { #expect(try Data(contentsOf: scratch.file(name)) == data, "\(name) was changed") }
        #expect(run.status == 3)
        let refusal = "error: refusing to write \(attempt.refused.replacingOccurrences(of: "$TMP", with: scratch.url.path)): it is an input of this batch"
        #expect(run.errors.split(separator: "\n").contains { $0 == refusal }, "\(run.errors)")
        let temporary = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(temporary == [], "no temporary file is left")
    }
}
