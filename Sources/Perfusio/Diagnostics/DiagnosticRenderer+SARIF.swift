import Foundation
import PerfusioCore

extension DiagnosticRenderer {
    /// The SARIF 2.1.0 schema URI written into every log.
    public static let sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// A SARIF 2.1.0 log with one run: the tool's rules (every id that occurs, sorted, described from the
    /// catalogue, help text naming a clinical rule's source) and one result per diagnostic with its physical
    /// location (file, line, column when known) and its logical path.
    public func sarif(_ files: [FileDiagnostics]) -> String {
        let all = files.flatMap { file in file.diagnostics.map { (file: file.file, diagnostic: $0) } }
        var examples: [String: Diagnostic] = [:]
        for entry in all where examples[entry.diagnostic.id] == nil { examples[entry.diagnostic.id] = entry.diagnostic }
        let ids = examples.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let rules = ids.compactMap { id in examples[id].map { sarifRule(id: id, example: $0) } }
        let results = all.map { entry in
            SARIFResult(ruleId: entry.diagnostic.id, ruleIndex: index[entry.diagnostic.id] ?? 0,
                        level: entry.diagnostic.severity.rawValue,
                        message: SARIFText(text: entry.diagnostic.message),
                        locations: [SARIFLocation(entry.diagnostic, file: entry.file)],
                        relatedLocations: entry.diagnostic.related.isEmpty ? nil
                            : entry.diagnostic.related.enumerated().map { SARIFLocation(related: $1, id: $0) })
        }
        let driver = SARIFDriver(name: "perfusio", version: toolVersion, informationUri: "https://perfusio.org",
                                 rules: rules)
        let log = SARIFLog(schema: Self.sarifSchema, version: "2.1.0",
                           runs: [SARIFRun(tool: SARIFTool(driver: driver), results: results)])
        return Self.encode(log)
    }

    private func sarifRule(id: String, example: Diagnostic) -> SARIFRule {
        let code = catalogue[id]
        let summary = code?.summary ?? example.message
        let help = example.source.map { "Source: \($0)" } ?? summary
        let level = (code?.severity ?? example.severity).rawValue
        return SARIFRule(id: id, shortDescription: SARIFText(text: summary), help: SARIFText(text: help),
                         defaultConfiguration: SARIFConfiguration(level: level))
    }
}

private struct SARIFLog: Encodable {
    let schema: String
    let version: String
    let runs: [SARIFRun]
    enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
}

private struct SARIFRun: Encodable {
    let tool: SARIFTool
    let results: [SARIFResult]
}

private struct SARIFTool: Encodable { let driver: SARIFDriver }

private struct SARIFDriver: Encodable {
    let name: String
    let version: String
    let informationUri: String
    let rules: [SARIFRule]
}

private struct SARIFRule: Encodable {
    let id: String
    let shortDescription: SARIFText
    let help: SARIFText
    let defaultConfiguration: SARIFConfiguration
}

private struct SARIFConfiguration: Encodable { let level: String }

private struct SARIFText: Encodable { let text: String }

private struct SARIFResult: Encodable {
    let ruleId: String
    let ruleIndex: Int
    let level: String
    let message: SARIFText
    let locations: [SARIFLocation]
    let relatedLocations: [SARIFLocation]?
}

private struct SARIFLocation: Encodable {
    let id: Int?
    let physicalLocation: SARIFPhysicalLocation
    let logicalLocations: [SARIFLogicalLocation]?

    init(_ diagnostic: Diagnostic, file: String) {
        id = nil
        physicalLocation = SARIFPhysicalLocation(file: diagnostic.location?.file ?? file, location: diagnostic.location)
        logicalLocations = diagnostic.path.map { [SARIFLogicalLocation(fullyQualifiedName: $0, kind: "element")] }
    }

    init(related location: SourceLocation, id: Int) {
        self.id = id
        physicalLocation = SARIFPhysicalLocation(file: location.file, location: location)
        logicalLocations = nil
    }
}

private struct SARIFPhysicalLocation: Encodable {
    let artifactLocation: SARIFArtifact
    let region: SARIFRegion?

    init(file: String, location: SourceLocation?) {
        artifactLocation = SARIFArtifact(uri: Self.uri(file))
        region = location.flatMap { $0.line > 0 ? SARIFRegion(startLine: $0.line, startColumn: $0.column > 0 ? $0.column : nil) : nil }
    }

    /// A relative URI reference for a path: separators kept, everything else outside the unreserved set escaped.
    static func uri(_ path: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}

private struct SARIFArtifact: Encodable { let uri: String }

private struct SARIFRegion: Encodable {
    let startLine: Int
    let startColumn: Int?
}

private struct SARIFLogicalLocation: Encodable {
    let fullyQualifiedName: String
    let kind: String
}
