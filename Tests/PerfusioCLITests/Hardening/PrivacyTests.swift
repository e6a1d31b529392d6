import Foundation
import Perfusio
import PerfusioTestSupport
import Testing

/// Every command, run over records full of one patient's identifiers (name, record number, date of birth in every
/// field, and where numbers, times and column names belong), never prints them, and writes them only into the
/// outputs meant to hold them: converted and merged records, reports, handovers and charts. Runs the built binary.
@Suite(.enabled(if: TranscriptRunner.binary != nil, "no perfusio binary: run `swift build --build-tests` first"))
struct PrivacyTests {
    static let identifiers = ["Quintessa", "Marlowe", "Fitch", "MRN-88123-QZ", "88123", "1961-04-23", "23/04/1961"]

    /// A command over the inputs (`IN` expands to every input), whether its standard output is a record, and the
    /// outputs (files or folders below the scratch folder) that must hold no identifier.
    struct Command: CustomStringConvertible, Sendable {
        var arguments: [String]
        var printsRecord = false
        var checked: [String] = []
        var description: String { arguments.joined(separator: " ") }
    }

    static let inputs = ["identifiers.md", "identifiers-clean.md", "identifiers.xml", "identifiers-broken.xml"]

    static let commands: [Command] = [
        Command(arguments: ["validate", "IN"]),
        Command(arguments: ["validate", "IN", "--format", "json"]),
        Command(arguments: ["validate", "IN", "--format", "sarif"]),
        Command(arguments: ["check", "IN"]),
        Command(arguments: ["check", "IN", "--format", "json"]),
        Command(arguments: ["check", "IN", "--format", "sarif"]),
        Command(arguments: ["metrics", "IN"]),
        Command(arguments: ["metrics", "IN", "--format", "text"]),
        Command(arguments: ["convert", "identifiers-clean.md", "--to", "xml"], printsRecord: true),
        Command(arguments: ["convert", "IN", "--to", "markdown", "-o", "converted/"]),
        Command(arguments: ["report", "IN", "-o", "reports"]),
        Command(arguments: ["report", "IN", "--format", "markdown", "-o", "reports-md"]),
        Command(arguments: ["handover", "IN", "-o", "handovers"]),
        Command(arguments: ["chart", "IN", "-o", "charts"]),
        Command(arguments: ["submit", "--registry", "sts-acsd", "IN", "-o", "sts"], checked: ["sts"]),
        Command(arguments: ["submit", "--registry", "sts-acsd", "IN", "-o", "dry", "--dry-run"], checked: ["dry"]),
        Command(arguments: ["submit", "--registry", "amsect-perform", "IN", "-o", "perform"], checked: ["perform"]),
        Command(arguments: ["ledger", "list", "--ledger", "sts/ledger.sqlite"]),
        Command(arguments: ["dashboard", "IN", "-o", "dashboard"], checked: ["dashboard"]),
        Command(arguments: ["logbook", "IN", "--person", "J. Marsh", "--format", "html", "-o", "logbook.html"], checked: ["logbook.html"]),
        Command(arguments: ["logbook", "IN", "--person", "J. Marsh", "--format", "csv", "-o", "logbook.csv"], checked: ["logbook.csv"]),
        Command(arguments: ["logbook", "IN", "--department", "--format", "json", "-o", "department.json"], checked: ["department.json"]),
        Command(arguments: ["import", "cdi.log", "--into", "identifiers-clean.md", "--clock-offset", "+0s", "-o", "merged.md"]),
        Command(arguments: ["import", "cdi.log", "--into", "identifiers-clean.md", "--summary", "json"]),
    ]

    /// A folder holding the inputs: the two logs of `Tests/Fixtures/hostile`, the clean one as XML, that XML with
    /// identifiers where numbers and codes belong, and a capture to import.
    static func prepare() throws -> TemporaryFolder {
        let scratch = try TemporaryFolder("perfusio-privacy")
        for name in ["identifiers.md", "identifiers-clean.md"] {
            try scratch.write(String(contentsOf: Fixtures.root.appendingPathComponent("hostile/\(name)"), encoding: .utf8), to: name)
        }
        let table = FormatTable.standard(schemas: Fixtures.packageRoot.appendingPathComponent("schemas"))
        let record = try #require(RecordLoader(formats: table).load(scratch.file("identifiers-clean.md")).record)
        let xml = try #require(table.writer(for: .xml)).write(record)
        try scratch.write(xml, to: "identifiers.xml")
        try scratch.write(xml.replacingOccurrences(of: "<weight value=\"71\"", with: "<weight value=\"Quintessa Marlowe-Fitch\"")
            .replacingOccurrences(of: "<height value=\"164\"", with: "<height value=\"MRN-88123-QZ\"")
            .replacingOccurrences(of: "kind=\"cpb\"", with: "kind=\"1961-04-23\""), to: "identifiers-broken.xml")
        try FileManager.default.copyItem(at: Fixtures.capture("terumo-cdi500-porcine-2026027.log"), to: scratch.file("cdi.log"))
        return scratch
    }

    /// The identifiers found in `text`.
    static func leaks(_ text: String) -> [String] {
        identifiers.filter { text.range(of: $0, options: .caseInsensitive) != nil }
    }

    /// Every file at or below `path`.
    static func files(_ path: URL) -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [path] }
        let walker = FileManager.default.enumerator(at: path, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { !$0.hasDirectoryPath }
    }

    @Test func theInputsHoldTheIdentifiers() throws {
        let scratch = try Self.prepare()
        defer { scratch.remove() }
        for name in Self.inputs { #expect(Self.leaks(scratch.read(name) ?? "").count >= 5, "\(name)") }
    }

    @Test(arguments: commands)
    func printsNoIdentifier(command: Command) throws {
        let scratch = try Self.prepare()
        defer { scratch.remove() }
        if command.arguments.starts(with: ["ledger"]) {
            _ = try BinaryRun.run(["submit", "--registry", "sts-acsd", "-o", "sts"] + Self.inputs + Self.resources,
                                  scratch: scratch, in: scratch.url)
        }
        let arguments = command.arguments.flatMap { $0 == "IN" ? Self.inputs : [$0] }
        let run = try BinaryRun.run(arguments + Self.resources(for: command), scratch: scratch, in: scratch.url)
        #expect(run.status != 4, "\(run.errors)")
        #expect(Self.leaks(run.errors) == [], "standard error: \(run.errors)")
        if !command.printsRecord { #expect(Self.leaks(run.output) == [], "standard output: \(run.output)") }
        for path in command.checked {
            let found = Self.files(scratch.file(path)).filter { $0.lastPathComponent != "ledger.sqlite" }
            #expect(!found.isEmpty, "\(path) was not written")
            for file in found {
                let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
                #expect(Self.leaks(text) == [], "\(file.lastPathComponent) holds \(Self.leaks(text))")
            }
        }
    }

    static let resources = ["--schemas", Fixtures.packageRoot.path + "/schemas", "--templates", Fixtures.packageRoot.path + "/templates"]

    /// `--schemas` for every command, `--templates` for those that render.
    static func resources(for command: Command) -> [String] {
        let renders: Set = ["report", "handover", "submit", "dashboard", "logbook"]
        if command.arguments.first == "ledger" { return [] }
        return renders.contains(command.arguments[0]) ? resources : Array(resources.prefix(2))
    }
}
