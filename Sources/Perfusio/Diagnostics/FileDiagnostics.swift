import PerfusioCore

/// The diagnostics of one input file, the unit every renderer lists.
public struct FileDiagnostics: Hashable, Sendable {
    /// The file as the user named it.
    public var file: String
    public var diagnostics: [Diagnostic]

    public init(file: String, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }
}

extension Array where Element == FileDiagnostics {
    /// How many diagnostics of `severity` all files hold.
    public func count(_ severity: Severity) -> Int {
        reduce(0) { $0 + $1.diagnostics.filter { $0.severity == severity }.count }
    }
}
