import PerfusioCore

/// Renders diagnostics as compiler-style text, versioned JSON or SARIF 2.1.0. Rendering lives here, outside
/// the `Diagnostic` type, so every command prints the same list the same way.
///
/// ```swift
/// let renderer = DiagnosticRenderer()
/// print(renderer.render(files, as: .text), terminator: "")
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Known codes by id: SARIF takes rule descriptions and default levels from them.
    public var catalogue: [String: DiagnosticCode]
    /// The version SARIF names as the tool's.
    public var toolVersion: String

    public init(catalogue: [String: DiagnosticCode] = DiagnosticCatalogue.byID, toolVersion: String = PerfusioVersion.current) {
        self.catalogue = catalogue
        self.toolVersion = toolVersion
    }

    /// All files' diagnostics in `format`; text ends each line with a newline, JSON and SARIF end with one newline.
    public func render(_ files: [FileDiagnostics], as format: DiagnosticFormat) -> String {
        switch format {
        case .text: files.map(text).joined()
        case .json: json(files)
        case .sarif: sarif(files)
        }
    }

    /// One file's diagnostics as compiler-style lines, each ending in a newline.
    public func text(_ file: FileDiagnostics) -> String {
        file.diagnostics.map { text($0, file: file.file) + "\n" }.joined()
    }

    /// `file:line:column: severity: message [id]`, the column left out when 0, the line too when unknown, and
    /// ` (source)` appended for clinical findings.
    public func text(_ diagnostic: Diagnostic, file: String) -> String {
        let place = diagnostic.location?.description ?? file
        let source = diagnostic.source.map { " (\($0))" } ?? ""
        return "\(place): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.id)]\(source)"
    }
}
