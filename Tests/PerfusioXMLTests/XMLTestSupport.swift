import Foundation
import PerfusioCore
import PerfusioTestSupport
@testable import PerfusioXML

/// The schema, compiled once for every test.
enum TestSchema {
    static let path = Fixtures.packageRoot.appendingPathComponent("schemas/perfusion-case.xsd").path
    static let validator: SchemaValidator = {
        do { return try SchemaValidator(path: path) } catch { fatalError("schema does not compile: \(error)") }
    }()

    /// Reads `xml` with the XML reader.
    static func reader(_ xml: String, source: String = "t.xml") -> ReadResult {
        XMLRecordReader(schema: validator).read(Array(xml.utf8), from: source)
    }

    /// Schema diagnostics for `xml` (parse errors included).
    static func validate(_ xml: String, source: String = "t.xml") -> [Diagnostic] {
        let (document, diagnostics) = XMLDocumentParser.parse(Array(xml.utf8), source: source)
        guard let document else { return diagnostics }
        return diagnostics + validator.validate(document, source: source)
    }
}

/// Runs `xmllint --noout --schema schemas/perfusion-case.xsd` on `xml`; returns its exit status and output.
func xmllint(_ xml: String) throws -> (status: Int32, output: String) {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("perfusio-\(UUID().uuidString).xml")
    try xml.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["xmllint", "--noout", "--schema", TestSchema.path, file.path]
    let pipe = Pipe()
    process.standardError = pipe
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
