import PerfusioCore
import PerfusioYAML

/// A rule pack: `schemas/rules/adult-cpb.yaml` and the like, or an institution's added rules.
///
/// ```yaml
/// pack: adult-cpb
/// title: Adult cardiopulmonary bypass
/// applies: { kind: [cpb], age_years: { min: 18 } }
/// rules:
///   - id: adult.map.low
///     severity: warning
///     message: "MAP {value} below {threshold} on bypass"
///     source: { guideline: EACTS/EACTA/EBCP, year: 2019, class: I }
///     applies: { phase: [bypass], except_phase: [circulatory-arrest] }
///     check: { kind: threshold, parameter: map, below: 50, unit: mmHg }
/// ```
public struct RulePack: Sendable {
    public var name: String
    public var title: String?
    /// When the whole pack applies (kind, age, weight); a rule's own `applies` narrows it further.
    public var applies: Applicability
    public var rules: [Rule]
    /// The file it was read from.
    public var file: String

    public init(name: String, title: String? = nil, applies: Applicability = Applicability(), rules: [Rule], file: String) {
        self.name = name
        self.title = title
        self.applies = applies
        self.rules = rules
        self.file = file
    }

    static let keys: Set<String> = ["pack", "title", "version", "applies", "rules"]

    /// Reads a pack from YAML `text`; a malformed pack is refused with file, line and what is wrong.
    public static func parse(_ text: String, file: String) -> Result<RulePack, RuleFileError> {
        RuleFile.read(text, file: file) { try RulePack($0, file: file) }
    }

    init(_ root: YAMLValue, file: String) throws {
        let fields = try YAMLFields(root, what: "a rule pack")
        try fields.allowOnly(Self.keys)
        name = try fields.requiredString("pack")
        title = try fields.string("title")
        applies = try fields.fields("applies").map(Applicability.init) ?? Applicability()
        self.file = file
        let list = try fields.required("rules")
        guard let items = list.items else { throw fields.invalid("rules", "a list of rules", list) }
        rules = try items.map(Rule.init)
        try RulePack.refuseDuplicates(rules)
    }

    /// Refuses a second rule with an id already used.
    static func refuseDuplicates(_ rules: [Rule]) throws {
        var seen: [String: SourceLocation] = [:]
        for rule in rules {
            if let first = seen[rule.id] {
                var d = RulesDiagnostics.duplicateID("rule id `\(rule.id)` is already used at line \(first.line)", at: rule.location)
                d.related = [first]
                throw RuleFileError(d)
            }
            seen[rule.id] = rule.location
        }
    }
}
