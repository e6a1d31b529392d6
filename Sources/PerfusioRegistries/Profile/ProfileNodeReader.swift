import PerfusioCore
import PerfusioYAML

/// Reads typed values out of a composed profile, collecting a located diagnostic for each problem.
final class ProfileNodeReader {
    private(set) var diagnostics: [Diagnostic] = []

    func report(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        diagnostics.append(code(message, at: location))
    }

    /// The entries of a mapping whose keys must all be in `allowed`; reports each unknown key.
    func mapping(_ value: YAMLValue, _ what: String, allowed: [String]) -> YAMLValue? {
        guard let entries = value.entries else {
            report(RegistriesDiagnostics.profileValueInvalid, "expected \(what) as a mapping of keys", at: value.location)
            return nil
        }
        for entry in entries where !allowed.contains(entry.key) {
            report(RegistriesDiagnostics.profileKeyUnknown,
                   "unknown key '\(entry.key)' in \(what); expected one of \(allowed.joined(separator: ", "))",
                   at: entry.keyLocation)
        }
        return value
    }

    /// The text under `key`; reports a missing required key (at the mapping) or a non-text value.
    func text(_ map: YAMLValue, _ key: String, required: Bool = true) -> String? {
        guard let value = map[key], !isNull(value) else {
            if required { report(RegistriesDiagnostics.profileKeyMissing, "missing key '\(key)'", at: map.location) }
            return nil
        }
        guard let text = value.text else {
            report(RegistriesDiagnostics.profileValueInvalid, "expected text under '\(key)'", at: value.location)
            return nil
        }
        return text
    }

    /// The texts of a list under `key` (a single text counts as a list of one).
    func texts(_ map: YAMLValue, _ key: String) -> [String] {
        guard let value = map[key], !isNull(value) else { return [] }
        if let text = value.text { return [text] }
        guard let items = value.items else {
            report(RegistriesDiagnostics.profileValueInvalid, "expected a list of texts under '\(key)'", at: value.location)
            return []
        }
        return items.compactMap { item in
            if let text = item.text { return text }
            report(RegistriesDiagnostics.profileValueInvalid, "expected text in the list '\(key)'", at: item.location)
            return nil
        }
    }

    /// A yes/no under `key` (`yes`, `no`, `true`, `false`); `fallback` when absent.
    func flag(_ map: YAMLValue, _ key: String, fallback: Bool) -> Bool {
        guard let text = text(map, key, required: false) else { return fallback }
        switch text.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default:
            report(RegistriesDiagnostics.profileValueInvalid, "expected yes or no under '\(key)', found '\(text)'",
                   at: map[key]?.location ?? map.location)
            return fallback
        }
    }

    /// A whole number under `key`; `fallback` when absent.
    func integer(_ map: YAMLValue, _ key: String, fallback: Int) -> Int {
        guard let text = text(map, key, required: false) else { return fallback }
        guard let n = Int(text), n >= 0 else {
            report(RegistriesDiagnostics.profileValueInvalid, "expected a whole number under '\(key)', found '\(text)'",
                   at: map[key]?.location ?? map.location)
            return fallback
        }
        return n
    }

    /// `[low, high]` under `key`, either end `~` for open; nil when absent.
    func range(_ map: YAMLValue, _ key: String) -> ValueRange? {
        guard let value = map[key], !isNull(value) else { return nil }
        guard let items = value.items, items.count == 2 else {
            report(RegistriesDiagnostics.profileValueInvalid, "expected '\(key)' as [low, high]", at: value.location)
            return nil
        }
        let ends = items.map { item -> Double?? in
            if isNull(item) { return .some(nil) }
            if let t = item.text, let v = Double(t) { return .some(v) }
            report(RegistriesDiagnostics.profileValueInvalid, "expected a number or ~ in '\(key)'", at: item.location)
            return nil
        }
        guard let low = ends[0], let high = ends[1] else { return nil }
        if let l = low, let h = high, l > h {
            report(RegistriesDiagnostics.profileValueInvalid, "'\(key)' has low \(t(l)) above high \(t(h))", at: value.location)
            return nil
        }
        return ValueRange(low: low, high: high)
    }

    func isNull(_ value: YAMLValue) -> Bool {
        if case .null = value { return true }
        return false
    }

    private func t(_ v: Double) -> String { NumberFormatting.trimmed(v, maxDigits: 4) }
}
