import PerfusioCore

/// Every diagnostic id the rule-pack and override loader emits, with its severity and meaning. Clinical
/// finding ids (`adult.map.low`, …) are data and live in the packs.
public enum RulesDiagnostics {
    /// A key the rule file format does not know (often a misspelling).
    public static let unknownKey = DiagnosticCode("rules.key.unknown", .error, "A rule file has a key the format does not know.")
    /// A required key is missing.
    public static let missingKey = DiagnosticCode("rules.key.missing", .error, "A rule file lacks a required key.")
    /// A value has the wrong type or is not one of the allowed words.
    public static let invalidValue = DiagnosticCode("rules.value.invalid", .error,
        "A rule file value has the wrong type or is not one of the allowed words.")
    /// A check names a kind Perfusio has no implementation for.
    public static let unknownCheck = DiagnosticCode("rules.check.unknown", .error, "A rule names a check kind that does not exist.")
    /// Two rules share an id.
    public static let duplicateID = DiagnosticCode("rules.id.duplicate", .error, "Two rules have the same id.")
    /// An override names a rule id no loaded pack has.
    public static let unknownRule = DiagnosticCode("rules.override.unknown-id", .error, "An override names a rule no pack has.")
    /// A rule is switched off without a reason.
    public static let missingReason = DiagnosticCode("rules.override.reason-missing", .error,
        "A rule is switched off (`enabled: false`) without a `reason`.")

    /// The catalogue, in documentation order.
    public static let all: [DiagnosticCode] = [unknownKey, missingKey, invalidValue, unknownCheck, duplicateID, unknownRule, missingReason]
}

/// A rule file was refused: the diagnostics name file, line, column and what is wrong.
public struct RuleFileError: Error, Hashable, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
}
