import PerfusioCore

/// Why a YAML text could not be decoded: one or more diagnostics with file, line and column.
public struct SafeYAMLFailure: Error, Sendable, Hashable {
    /// What went wrong and where (never containing the offending values, which may identify a patient).
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// A failure carrying a single diagnostic.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }
}
