import PerfusioCore

/// Every diagnostic id PerfusioYAML emits, with its severity and meaning.
public enum YAMLDiagnostics {
    /// The text is not well-formed YAML (bad indentation, unclosed quote, stray character).
    public static let syntax = DiagnosticCode("yaml.syntax", .error, "The YAML is not well formed (indentation, quotes, stray characters).")
    /// An anchor (`&name`) or alias (`*name`) was found; they are refused before parsing (alias bombs).
    public static let alias = DiagnosticCode("yaml.alias", .error, "YAML anchors (&name) and aliases (*name) are not accepted.")
    /// A tab character in indentation; YAML indents with spaces only.
    public static let tab = DiagnosticCode("yaml.tab", .error, "A tab is used for indentation; YAML indents with spaces.")
    /// A key appears twice in one mapping.
    public static let duplicateKey = DiagnosticCode("yaml.duplicate-key", .error, "A key appears twice in the same mapping.")
    /// A value has the wrong shape or type (a list where a word was expected, text where a number was).
    public static let type = DiagnosticCode("yaml.type", .error, "A value has the wrong type or shape for its key.")
    /// A required key is missing.
    public static let missingKey = DiagnosticCode("yaml.missing-key", .error, "A required key is missing.")

    /// The catalogue, in documentation order.
    public static let all: [DiagnosticCode] = [syntax, alias, tab, duplicateKey, type, missingKey]
}
