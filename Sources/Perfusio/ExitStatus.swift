/// The command-line exit statuses, in the `grep`/`diff` convention; `docs/cli.md` documents them.
///
/// A batch processes every input and exits with the worst status met.
public enum ExitStatus: Int32, Sendable, Comparable, CaseIterable {
    /// No input has an error (warnings allowed).
    case success = 0
    /// Some input has an error, or could not be read or was refused.
    case inputError = 1
    /// The command line was wrong (argument-parser's own 64 is mapped here), or a resource folder was not found.
    case usage = 2
    /// An output file could not be written (including a refusal to write over an input).
    case outputFailed = 3
    /// A bug in Perfusio: an error nothing else explains.
    case internalError = 4

    public static func < (a: ExitStatus, b: ExitStatus) -> Bool { a.rawValue < b.rawValue }

    /// `.inputError` when `diagnostics` hold an error, `.success` otherwise.
    public static func of(_ diagnostics: [FileDiagnostics]) -> ExitStatus {
        diagnostics.contains { $0.diagnostics.hasErrors } ? .inputError : .success
    }
}
