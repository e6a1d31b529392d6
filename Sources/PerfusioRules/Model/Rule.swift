import PerfusioCore
import PerfusioYAML

/// One clinical rule from a pack: what it checks, when it applies, how serious a finding is, where it comes from.
public struct Rule: Sendable {
    /// Stable id, named by pack (`adult.map.low`).
    public var id: String
    public var severity: Severity
    /// The finding's text with placeholders (`{value}`, `{threshold}`, `{time}`, …) filled by the check.
    public var message: String
    public var source: RuleSource
    public var applies: Applicability
    /// The check's kind (`threshold`, `interval`, …) and its parameters as written, kept for overrides.
    public var checkKind: String
    public var checkFields: YAMLFields
    public var check: any RuleCheck
    public var enabled: Bool
    /// Why an institution switched the rule off.
    public var disabledReason: String?
    /// Where the rule is written.
    public var location: SourceLocation

    static let keys: Set<String> = ["id", "severity", "message", "source", "applies", "check", "enabled", "reason"]

    /// Reads a rule from its YAML mapping.
    public init(_ value: YAMLValue) throws {
        let fields = try YAMLFields(value, what: "a rule")
        try fields.allowOnly(Self.keys)
        id = try fields.requiredString("id")
        let named = YAMLFields(entries: fields.entries, location: fields.location, what: "rule \(id)")
        severity = try named.requiredWord("severity", Severity.self)
        message = try named.requiredString("message")
        source = try RuleSource(try named.requiredFields("source"))
        applies = try named.fields("applies").map(Applicability.init) ?? Applicability()
        let check = try named.requiredFields("check")
        checkFields = YAMLFields(entries: check.entries, location: check.location, what: "the check of rule \(id)")
        checkKind = try checkFields.requiredString("kind")
        self.check = try CheckKinds.make(checkKind, checkFields)
        try Rule.refuseUnknownPlaceholders(message, check: self.check, at: named.location(of: "message"), id: id)
        enabled = try named.bool("enabled") ?? true
        disabledReason = try named.string("reason")
        location = fields.location
    }

    /// Refuses `{name}` placeholders the check does not fill.
    static func refuseUnknownPlaceholders(_ message: String, check: any RuleCheck, at location: SourceLocation, id: String) throws {
        try MessageTemplate.refuseUnknown(message, allowed: type(of: check).placeholders, at: location, what: "the message of rule \(id)")
    }

    /// Rebuilds the check after its parameters changed (an override).
    mutating func recompile() throws {
        check = try CheckKinds.make(checkKind, checkFields)
    }
}
