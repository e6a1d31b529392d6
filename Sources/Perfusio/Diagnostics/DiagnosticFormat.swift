/// The forms a list of diagnostics can be printed in.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines: `file:line:column: error: message [id]`.
    case text
    /// Versioned JSON: `{"version":1,"files":[{"file":…,"diagnostics":[…]}]}`, keys sorted.
    case json
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
}
