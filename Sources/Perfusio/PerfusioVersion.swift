/// The version of the Perfusio library and command-line tool.
public enum PerfusioVersion {
    /// Semantic version, printed by `perfusio --version` and named in SARIF output.
    public static let current = "0.1.0"
}
