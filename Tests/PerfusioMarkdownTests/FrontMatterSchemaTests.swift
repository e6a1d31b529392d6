import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioMarkdown

/// `schemas/perfusion-case.schema.json` against the front matter the reader accepts: structurally always, and
/// with python3's `jsonschema` (draft 2020-12) when it is installed.
@Suite struct FrontMatterSchemaTests {
    static let schemaURL = Fixtures.packageRoot.appendingPathComponent("schemas/perfusion-case.schema.json")

    static func schema() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
    }

    @Test func schemaNamesTheKindsRolesAndRequiredKeysTheReaderKnows() throws {
        let schema = try Self.schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["required"] as? [String] == ["case_id", "kind", "date"])
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys).isSuperset(of: FrontMatterKeys.header))
        let kinds = try #require((properties["kind"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(kinds).isSuperset(of: CaseKind.allCases.map(\.rawValue)))
        let team = try #require((properties["team"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(team.keys) == Set(FrontMatterKeys.teamRoles.map(\.key)))
    }

    /// Front matter texts to validate, by name, and the paths jsonschema must report for each.
    static func cases() throws -> [(name: String, yaml: String, errors: [[String]])] {
        var out: [(String, String, [[String]])] = []
        for name in Fixtures.goodExamples + ["broken-timeline.md"] {
            let text = try String(contentsOf: Fixtures.example(name), encoding: .utf8)
            out.append((name, try #require(FrontMatterSplit(text).yaml), name == "broken-timeline.md" ? [["patient", "weight"]] : []))
        }
        let samples = Fixtures.packageRoot.appendingPathComponent("samples")
        for file in (try? FileManager.default.contentsOfDirectory(atPath: samples.path))?.sorted() ?? [] where file.hasSuffix(".md") {
            let text = try String(contentsOf: samples.appendingPathComponent(file), encoding: .utf8)
            if let yaml = FrontMatterSplit(text).yaml { out.append((file, yaml, [])) }
        }
        for kind in CaseKind.allCases {
            out.append(("blank-\(kind.rawValue)", try #require(FrontMatterSplit(LogTemplate.blank(kind: kind)).yaml), []))
        }
        let round = LogWriter().write(try #require(try readExample("adult-cabg.md").record))
        out.append(("written-adult-cabg", try #require(FrontMatterSplit(round).yaml), []))
        return out
    }

    static let script = """
    import json, sys, yaml, jsonschema
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)
    def nulls(x):
        # BaseLoader keeps every scalar as text, as YAML 1.2 editors do; an empty value is null there too.
        if x == "": return None
        if isinstance(x, dict): return {k: nulls(v) for k, v in x.items()}
        if isinstance(x, list): return [nulls(v) for v in x]
        return x
    out = {}
    for name, text in json.load(sys.stdin).items():
        data = nulls(yaml.load(text, Loader=yaml.BaseLoader))
        out[name] = sorted([[str(p) for p in e.path] for e in v.iter_errors(data)])
    print(json.dumps(out))
    """

    @Test func examplesValidateWithJSONSchemaWhenPythonHasIt() throws {
        guard Self.pythonHasJSONSchema() else { return }
        let cases = try Self.cases()
        let input = try JSONSerialization.data(withJSONObject: Dictionary(uniqueKeysWithValues: cases.map { ($0.name, $0.yaml) }))
        let output = try Self.run(["-c", Self.script, Self.schemaURL.path], input: input)
        let result = try #require(JSONSerialization.jsonObject(with: output) as? [String: [[String]]])
        for c in cases {
            #expect(result[c.name] == c.errors, "\(c.name)")
        }
    }

    static func pythonHasJSONSchema() -> Bool {
        (try? run(["-c", "import jsonschema, yaml"], input: Data())) != nil
    }

    static func run(_ arguments: [String], input: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return data
    }
}
