import PerfusioCore

/// A kind of check (`threshold`, `interval`, …): built from a rule's `check:` parameters, run over one record.
///
/// Adding a kind of check is one Swift file under `Checks/` conforming to this, and one line in ``CheckKinds``.
public protocol RuleCheck: Sendable {
    /// The placeholders its messages may use besides `{value}`, `{threshold}` and `{time}`.
    static var placeholders: Set<String> { get }
    /// Reads the parameters; throws ``RuleFileError`` naming the line of a bad or unknown parameter.
    init(_ fields: YAMLFields) throws
    /// The findings in `context` (only at moments where `rule.applies`).
    func evaluate(_ context: RuleContext, _ rule: Rule) -> [RuleHit]
}

/// The check kinds, by the name packs use.
public enum CheckKinds {
    public static let all: [String: any RuleCheck.Type] = [
        "threshold": ThresholdCheck.self,
        "duration": DurationCheck.self,
        "interval": IntervalCheck.self,
        "required": RequiredCheck.self,
        "value-before-event": ValueBeforeEventCheck.self,
        "ratio-to-baseline": RatioToBaselineCheck.self,
        "figure": FigureCheck.self,
    ]

    /// Builds the check of `kind` from `fields`.
    static func make(_ kind: String, _ fields: YAMLFields) throws -> any RuleCheck {
        guard let type = all[kind] else {
            throw RuleFileError(RulesDiagnostics.unknownCheck(
                "unknown check kind `\(kind)` in \(fields.what); expected one of: \(all.keys.sorted().joined(separator: ", "))",
                at: fields.location(of: "kind")))
        }
        return try type.init(fields)
    }
}

/// One finding of a check, before the rule's message and severity make it a `Diagnostic`.
public struct RuleHit: Hashable, Sendable {
    public var time: CaseTime?
    /// The value found, with its unit (`48 mmHg`).
    public var value: String?
    /// The limit crossed, with its unit (`50 mmHg`).
    public var threshold: String?
    public var numericValue: Double?
    public var numericThreshold: Double?
    /// Where the value stands in the input.
    public var location: SourceLocation?
    /// Places that explain it (the previous cardioplegia dose).
    public var related: [SourceLocation]
    /// Further placeholder values for the message.
    public var fields: [String: String]
    /// A message template that replaces the rule's for this hit (a value missing altogether).
    public var message: String?

    public init(time: CaseTime? = nil, value: String? = nil, threshold: String? = nil, numericValue: Double? = nil,
                numericThreshold: Double? = nil, location: SourceLocation? = nil, related: [SourceLocation] = [],
                fields: [String: String] = [:], message: String? = nil) {
        self.time = time
        self.value = value
        self.threshold = threshold
        self.numericValue = numericValue
        self.numericThreshold = numericThreshold
        self.location = location
        self.related = related
        self.fields = fields
        self.message = message
    }
}
