import PerfusioCore
import PerfusioYAML

/// The keys of one YAML mapping in a capture data file, read with their locations; unknown keys, missing keys
/// and values of the wrong shape become diagnostics naming the line, column and what is wrong.
struct YAMLFields {
    let value: YAMLValue
    /// What the mapping is, for messages (`the mapping`, `columns[3]`).
    let name: String
    let code: DiagnosticCode
    let keyCode: DiagnosticCode

    /// Wraps `value`, reporting it when it is not a mapping and each key not in `allowed`.
    init?(_ value: YAMLValue, name: String, allowed: [String], code: DiagnosticCode, keyCode: DiagnosticCode,
          into diagnostics: inout [Diagnostic]) {
        guard let entries = value.entries else {
            diagnostics.append(code("\(name) must be a mapping of keys to values", at: value.location))
            return nil
        }
        for entry in entries where !allowed.contains(entry.key) {
            diagnostics.append(keyCode("unknown key `\(entry.key)` in \(name); expected one of: \(allowed.joined(separator: ", "))",
                                       at: entry.keyLocation))
        }
        self.value = value
        self.name = name
        self.code = code
        self.keyCode = keyCode
    }

    /// The value under `key`; a missing required key is reported at the mapping.
    func node(_ key: String, required: Bool = false, into diagnostics: inout [Diagnostic]) -> YAMLValue? {
        if let v = value[key], !Self.isNull(v) { return v }
        if required { diagnostics.append(code("\(name) needs the key `\(key)`", at: value.location)) }
        return nil
    }

    /// The text under `key`; a list or mapping there is reported.
    func text(_ key: String, required: Bool = false, into diagnostics: inout [Diagnostic]) -> (String, SourceLocation)? {
        guard let v = node(key, required: required, into: &diagnostics) else { return nil }
        guard let t = v.text else {
            diagnostics.append(code("`\(key)` in \(name) must be plain text", at: v.location))
            return nil
        }
        return (t, v.location)
    }

    /// The whole number under `key`, at least `minimum`.
    func integer(_ key: String, minimum: Int, into diagnostics: inout [Diagnostic]) -> Int? {
        guard let (t, at) = text(key, into: &diagnostics) else { return nil }
        guard let n = Int(t), n >= minimum else {
            diagnostics.append(code("`\(key)` in \(name) must be a whole number from \(minimum), found `\(t)`", at: at))
            return nil
        }
        return n
    }

    /// The number under `key`.
    func number(_ key: String, into diagnostics: inout [Diagnostic]) -> Double? {
        guard let (t, at) = text(key, into: &diagnostics) else { return nil }
        guard let n = Double(t), n.isFinite else {
            diagnostics.append(code("`\(key)` in \(name) must be a number, found `\(t)`", at: at))
            return nil
        }
        return n
    }

    /// `true` or `false` under `key`, or `fallback` when absent.
    func flag(_ key: String, default fallback: Bool, into diagnostics: inout [Diagnostic]) -> Bool {
        guard let (t, at) = text(key, into: &diagnostics) else { return fallback }
        switch t.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            diagnostics.append(code("`\(key)` in \(name) must be true or false, found `\(t)`", at: at))
            return fallback
        }
    }

    /// The items of the list under `key` (empty when absent).
    func list(_ key: String, required: Bool = false, into diagnostics: inout [Diagnostic]) -> [YAMLValue] {
        guard let v = node(key, required: required, into: &diagnostics) else { return [] }
        guard let items = v.items else {
            diagnostics.append(code("`\(key)` in \(name) must be a list", at: v.location))
            return []
        }
        return items
    }

    /// The list of plain texts under `key`.
    func texts(_ key: String, into diagnostics: inout [Diagnostic]) -> [String] {
        list(key, into: &diagnostics).compactMap { item in
            if let t = item.text { return t }
            if case .null = item { return "" }
            diagnostics.append(code("every item of `\(key)` in \(name) must be plain text", at: item.location))
            return nil
        }
    }

    /// A word from `choices` under `key`, or `fallback` when absent.
    func choice<T>(_ key: String, _ choices: [String: T], default fallback: T, into diagnostics: inout [Diagnostic]) -> T {
        guard let (t, at) = text(key, into: &diagnostics) else { return fallback }
        guard let value = choices[t] else {
            let known = choices.keys.sorted().joined(separator: ", ")
            diagnostics.append(code("`\(key)` in \(name) must be one of: \(known); found `\(t)`", at: at))
            return fallback
        }
        return value
    }

    /// The composed YAML document in `text`, or the YAML problems refusing it.
    static func compose(_ text: String, file: String) -> Result<YAMLValue, CaptureRefusal> {
        SafeYAML.compose(text, file: file).mapError { CaptureRefusal($0.diagnostics) }
    }

    static func isNull(_ v: YAMLValue) -> Bool {
        if case .null = v { return true }
        return false
    }
}
