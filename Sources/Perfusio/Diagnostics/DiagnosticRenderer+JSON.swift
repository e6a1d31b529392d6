import Foundation
import PerfusioCore

extension DiagnosticRenderer {
    /// The version of the JSON diagnostics format; it changes only when a field changes meaning or goes away.
    public static let jsonVersion = 1

    /// `{"version":1,"files":[{"file":…,"diagnostics":[…]}]}`, pretty-printed with sorted keys, so the same
    /// diagnostics always give the same bytes. Every input file is listed, also those with no diagnostics; absent
    /// fields (no line, no path, no source) are left out.
    public func json(_ files: [FileDiagnostics]) -> String {
        let report = JSONReport(version: Self.jsonVersion, files: files.map { file in
            JSONFile(file: file.file, diagnostics: file.diagnostics.map(JSONDiagnostic.init))
        })
        return Self.encode(report)
    }

    /// `value` as pretty-printed JSON with sorted keys and unescaped slashes, ending in a newline.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

private struct JSONReport: Encodable {
    let version: Int
    let files: [JSONFile]
}

private struct JSONFile: Encodable {
    let file: String
    let diagnostics: [JSONDiagnostic]
}

private struct JSONDiagnostic: Encodable {
    let id: String
    let severity: String
    let message: String
    let file: String?
    let line: Int?
    let column: Int?
    let path: String?
    let related: [JSONLocation]?
    let source: String?
    let finding: JSONFinding?

    init(_ diagnostic: Diagnostic) {
        id = diagnostic.id
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
        file = diagnostic.location?.file
        line = diagnostic.location?.line
        column = diagnostic.location.flatMap { $0.column > 0 ? $0.column : nil }
        path = diagnostic.path
        related = diagnostic.related.isEmpty ? nil : diagnostic.related.map(JSONLocation.init)
        source = diagnostic.source
        finding = diagnostic.finding.map(JSONFinding.init)
    }
}

private struct JSONLocation: Encodable {
    let file: String
    let line: Int
    let column: Int?

    init(_ location: SourceLocation) {
        file = location.file
        line = location.line
        column = location.column > 0 ? location.column : nil
    }
}

private struct JSONFinding: Encodable {
    let time: String?
    let value: String?
    let threshold: String?
    let numericValue: Double?
    let numericThreshold: Double?

    init(_ finding: Finding) {
        time = finding.time?.iso
        value = finding.value
        threshold = finding.threshold
        numericValue = finding.numericValue
        numericThreshold = finding.numericThreshold
    }
}
