import PerfusioCore
import PerfusioYAML

/// Loads the artefact rules file (`schemas/captures/artefacts.yaml`), refusing a malformed one with file, line
/// and what is wrong (unknown key, kind or parameter, a number that is not one).
public enum ArtefactRulesLoader {
    static let kinds = ["flagged", "impossible-value", "recalibration", "spike", "flat-line"]

    /// The rules in `text`, or every problem found in it.
    public static func load(_ text: String, file: String) -> Result<ArtefactRules, CaptureRefusal> {
        let root: YAMLValue
        switch YAMLFields.compose(text, file: file) {
        case .success(let v): root = v
        case .failure(let refusal): return .failure(refusal)
        }
        var problems: [Diagnostic] = []
        guard let top = fields(root, "the rules file", ["rules", "agreement"], &problems) else {
            return .failure(CaptureRefusal(problems))
        }
        let rules = top.list("rules", required: true, into: &problems).enumerated().compactMap {
            rule($0.element, name: "rules[\($0.offset + 1)]", &problems)
        }
        let agreement = top.node("agreement", into: &problems).map { thresholds($0, name: "agreement", &problems) } ?? [:]
        return problems.isEmpty ? .success(ArtefactRules(rules: rules, agreement: agreement)) : .failure(CaptureRefusal(problems))
    }

    private static func fields(_ v: YAMLValue, _ name: String, _ allowed: [String], _ problems: inout [Diagnostic]) -> YAMLFields? {
        YAMLFields(v, name: name, allowed: allowed, code: CaptureDiagnostics.artefactsValue,
                   keyCode: CaptureDiagnostics.artefactsValue, into: &problems)
    }

    private static func rule(_ node: YAMLValue, name: String, _ problems: inout [Diagnostic]) -> ArtefactRule? {
        var ignored: [Diagnostic] = []  // unknown keys are reported below, once the kind is known
        guard let head = fields(node, name, ["id", "kind", "flags", "after_s", "max_gap_s", "thresholds",
                                             "min_duration_s", "min_samples", "parameters"], &ignored),
              let (id, _) = head.text("id", required: true, into: &problems),
              let (kind, kindAt) = head.text("kind", required: true, into: &problems) else {
            if node.entries == nil { problems += ignored }
            return nil
        }
        let allowed: [String: [String]] = [
            "flagged": ["flags"], "impossible-value": [], "recalibration": ["after_s"],
            "spike": ["max_gap_s", "thresholds"], "flat-line": ["min_duration_s", "min_samples", "parameters"],
        ]
        guard let extra = allowed[kind] else {
            problems.append(CaptureDiagnostics.artefactsValue(
                "unknown kind `\(kind)` in \(name); expected one of: \(kinds.joined(separator: ", "))", at: kindAt))
            return nil
        }
        guard let f = fields(node, name, ["id", "kind"] + extra, &problems) else { return nil }
        let check: ArtefactCheck
        switch kind {
        case "flagged": check = .flagged(FlaggedValueCheck(flags: Set(f.texts("flags", into: &problems))))
        case "impossible-value": check = .impossible(ImpossibleValueCheck())
        case "recalibration": check = .recalibration(RecalibrationCheck(afterSeconds: f.integer("after_s", minimum: 0, into: &problems) ?? 0))
        case "spike":
            let limits = f.node("thresholds", required: true, into: &problems).map { thresholds($0, name: "\(name).thresholds", &problems) }
            check = .spike(SpikeCheck(thresholds: limits ?? [:], maxGapSeconds: f.integer("max_gap_s", minimum: 1, into: &problems) ?? 120))
        default:
            check = .flatLine(FlatLineCheck(minSeconds: f.integer("min_duration_s", minimum: 1, into: &problems) ?? 300,
                                            minSamples: f.integer("min_samples", minimum: 2, into: &problems) ?? 5,
                                            parameters: Set(parameters(f, &problems))))
        }
        return ArtefactRule(id: id, check: check)
    }

    private static func parameters(_ f: YAMLFields, _ problems: inout [Diagnostic]) -> [Parameter] {
        f.list("parameters", required: true, into: &problems).compactMap { item in
            guard let p = item.text.flatMap(Parameter.init(rawValue:)) else {
                problems.append(CaptureDiagnostics.artefactsValue("unknown parameter `\(item.text ?? "")` in \(f.name).parameters",
                                                                  at: item.location))
                return nil
            }
            return p
        }
    }

    private static func thresholds(_ node: YAMLValue, name: String, _ problems: inout [Diagnostic]) -> [Parameter: Double] {
        guard let entries = node.entries else {
            problems.append(CaptureDiagnostics.artefactsValue("\(name) must map parameters to numbers", at: node.location))
            return [:]
        }
        var out: [Parameter: Double] = [:]
        for entry in entries {
            guard let p = Parameter(rawValue: entry.key) else {
                problems.append(CaptureDiagnostics.artefactsValue("unknown parameter `\(entry.key)` in \(name)", at: entry.keyLocation))
                continue
            }
            guard let n = entry.value.text.flatMap(Double.init), n.isFinite, n > 0 else {
                problems.append(CaptureDiagnostics.artefactsValue("\(name).\(entry.key) must be a positive number", at: entry.value.location))
                continue
            }
            out[p] = n
        }
        return out
    }
}
