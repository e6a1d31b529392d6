import PerfusioCore

/// Runs a rule set over records: picks the packs and rules that apply and turns their hits into findings.
///
/// ```swift
/// let findings = RuleEngine(rules: ruleSet).check(record)   // [Diagnostic], e.g. adult.map.low at the MAP cell
/// ```
public struct RuleEngine: Sendable {
    public var rules: RuleSet

    public init(rules: RuleSet) { self.rules = rules }

    /// Every finding for `record`, in rule order, then time order within a rule.
    /// A record of at least ``ConcurrentMap/minimumReadings`` readings has its rules evaluated on all cores at once
    /// (each rule on its own, the findings still in rule order).
    public func check(_ record: PerfusionCase, figures: CaseFigures? = nil) -> [Diagnostic] {
        check(record, figures: figures, columns: ReadingColumns.ofLargeRecord(record))
    }

    /// As ``check(_:figures:)``, reading series from `columns` (the record's, shared with its figures and chart).
    package func check(_ record: PerfusionCase, figures: CaseFigures?, columns: ReadingColumns?) -> [Diagnostic] {
        let context = RuleContext(record: record, figures: figures, columns: columns)
        var applicable: [Rule] = []
        for pack in rules.packs where pack.applies.applies(to: record) {
            applicable += pack.rules.filter { $0.enabled && $0.applies.applies(to: record) }
        }
        let concurrently = record.readings.count >= ConcurrentMap.minimumReadings
        return ConcurrentMap.map(applicable, concurrently: concurrently) { rule in
            rule.check.evaluate(context, rule).map { diagnostic(rule, $0, context) }
        }.flatMap { $0 }
    }

    func diagnostic(_ rule: Rule, _ hit: RuleHit, _ context: RuleContext) -> Diagnostic {
        var fields = hit.fields
        fields["value"] = hit.value ?? fields["value"]
        fields["threshold"] = hit.threshold ?? fields["threshold"]
        if let time = hit.time { fields["time"] = context.text(time) }
        return Diagnostic(id: rule.id, severity: rule.severity, message: MessageTemplate.fill(hit.message ?? rule.message, fields),
                          location: hit.location, related: hit.related, source: rule.source.citation,
                          finding: Finding(time: hit.time, value: hit.value, threshold: hit.threshold,
                                           numericValue: hit.numericValue, numericThreshold: hit.numericThreshold))
    }
}

/// `{name}` placeholders in rule messages.
enum MessageTemplate {
    /// `template` with each `{key}` replaced by `fields[key]`; unknown keys are left as written. One pass over the
    /// template: a value that itself holds `{key}` is not filled again.
    static func fill(_ template: String, _ fields: [String: String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = "", rest = template[...]
        out.reserveCapacity(template.utf8.count + 32)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}" else {
                out += "{"
                rest = rest[afterOpen...]
                continue
            }
            if let value = fields[String(rest[afterOpen..<close])] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Refuses a placeholder outside `allowed` (and `value`, `threshold`, `time`), at `location`.
    static func refuseUnknown(_ template: String, allowed: Set<String>, at location: SourceLocation, what: String) throws {
        let known = allowed.union(["value", "threshold", "time"])
        if let unknown = names(in: template).first(where: { !known.contains($0) }) {
            throw RuleFileError(RulesDiagnostics.invalidValue(
                "\(what) uses `{\(unknown)}`, which its check does not fill; it may use: "
                    + known.sorted().map { "{\($0)}" }.joined(separator: ", "), at: location))
        }
    }

    /// The placeholder names used in `template`.
    static func names(in template: String) -> [String] {
        var names: [String] = [], current: String?
        for c in template {
            if c == "{" { current = "" } else if c == "}", let name = current { names.append(name); current = nil } else { current?.append(c) }
        }
        return names
    }
}
