import Foundation
import PerfusioCore
import PerfusioYAML

/// The packs in force, after an institution's overrides: what `perfusio check` runs.
///
/// An override file (`--rules FILE`) changes a shipped rule by id (severity, message, check parameters, applies),
/// switches it off with a stated reason, or adds rules of its own, without editing the packs:
/// ```yaml
/// overrides:
///   - id: adult.map.low
///     check: { below: 55 }
///   - id: adult.glucose.high
///     enabled: false
///     reason: Glucose is audited by the anaesthesia department.
/// rules:
///   - id: local.hct.low
///     …                       # a whole rule, as in a pack
/// ```
public struct RuleSet: Sendable {
    public var packs: [RulePack]

    public init(packs: [RulePack]) { self.packs = packs }

    /// Every rule, enabled or not.
    public var allRules: [Rule] { packs.flatMap(\.rules) }

    /// Rules switched off, with their reasons.
    public var disabled: [(id: String, reason: String)] {
        allRules.filter { !$0.enabled }.map { ($0.id, $0.disabledReason ?? "") }
    }

    static let overrideFileKeys: Set<String> = ["overrides", "rules", "applies", "pack", "title"]
    static let overrideKeys: Set<String> = ["id", "severity", "message", "source", "applies", "check", "enabled", "reason"]

    /// This set with the override file `text` applied; a malformed file is refused with file, line and what is wrong.
    public func applying(overrides text: String, file: String) -> Result<RuleSet, RuleFileError> {
        RuleFile.read(text, file: file) { try applying($0, file: file) }
    }

    func applying(_ root: YAMLValue, file: String) throws -> RuleSet {
        let fields = try YAMLFields(root, what: "an override file")
        try fields.allowOnly(Self.overrideFileKeys)
        var out = self
        for item in try fields["overrides"].map({ try list($0, fields, "overrides") }) ?? [] {
            try out.override(try YAMLFields(item, what: "an override"))
        }
        if let added = try fields["rules"].map({ try list($0, fields, "rules") }), !added.isEmpty {
            let pack = RulePack(name: try fields.string("pack") ?? "institution", title: try fields.string("title"),
                                applies: try fields.fields("applies").map(Applicability.init) ?? Applicability(),
                                rules: try added.map(Rule.init), file: file)
            try RulePack.refuseDuplicates(out.allRules + pack.rules)
            out.packs.append(pack)
        }
        return out
    }

    private func list(_ value: YAMLValue, _ fields: YAMLFields, _ key: String) throws -> [YAMLValue] {
        guard let items = value.items else { throw fields.invalid(key, "a list", value) }
        return items
    }

    /// Applies one override entry to the rule it names.
    mutating func override(_ entry: YAMLFields) throws {
        try entry.allowOnly(Self.overrideKeys)
        let id = try entry.requiredString("id")
        guard let p = packs.firstIndex(where: { $0.rules.contains { $0.id == id } }),
              let r = packs[p].rules.firstIndex(where: { $0.id == id }) else {
            throw RuleFileError(RulesDiagnostics.unknownRule("no loaded rule pack has a rule `\(id)`", at: entry.location(of: "id")))
        }
        let named = YAMLFields(entries: entry.entries, location: entry.location, what: "the override of \(id)")
        var rule = packs[p].rules[r]
        if let severity = try named.words("severity", Severity.self)?.first { rule.severity = severity }
        if let message = try named.string("message") { rule.message = message }
        if let source = try named.fields("source") { rule.source = try RuleSource(source) }
        if let applies = try named.fields("applies") { rule.applies = try Applicability(applies) }
        if let check = try named.fields("check") {
            if check["kind"] != nil { try check.allowOnly(Set(check.entries.map(\.key)).subtracting(["kind"])) }
            rule.checkFields = rule.checkFields.merged(with: check)
            try rule.recompile()
        }
        try Rule.refuseUnknownPlaceholders(rule.message, check: rule.check, at: named.location(of: "message"), id: id)
        if let enabled = try named.bool("enabled") {
            rule.enabled = enabled
            rule.disabledReason = try named.string("reason")
            if !enabled, (rule.disabledReason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw RuleFileError(RulesDiagnostics.missingReason(
                    "rule \(id) is switched off without a `reason`; say why", at: named.location(of: "enabled")))
            }
        }
        packs[p].rules[r] = rule
    }
}
