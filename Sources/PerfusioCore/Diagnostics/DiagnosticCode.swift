/// A diagnostic id a module can emit, with its severity and a one-line summary for `docs/diagnostics.md`.
///
/// Each module keeps its codes in one catalogue (`MarkdownDiagnostics.all`, `XMLDiagnostics.all`, …) with the
/// message beside the id; a test keeps `docs/diagnostics.md` in step with every catalogue.
public struct DiagnosticCode: Hashable, Sendable {
    public var id: String
    public var severity: Severity
    /// What the code means, for the documentation.
    public var summary: String

    public init(_ id: String, _ severity: Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }

    /// A diagnostic of this code.
    public func callAsFunction(_ message: String, at location: SourceLocation? = nil, path: String? = nil) -> Diagnostic {
        Diagnostic(id: id, severity: severity, message: message, location: location, path: path)
    }
}
