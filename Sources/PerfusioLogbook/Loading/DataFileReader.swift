import PerfusioCore
import PerfusioYAML

/// Reads a composed YAML data file (a credential profile, a staff list) field by field, collecting every
/// problem with its file, line and column under one diagnostic code. Unknown keys are problems too: a
/// misspelt `minimun:` must not silently fall back to a default.
final class DataFileReader {
    let code: DiagnosticCode
    private(set) var problems: [Diagnostic] = []

    init(code: DiagnosticCode) { self.code = code }

    /// The problems in line and column order.
    var sortedProblems: [Diagnostic] {
        problems.enumerated().sorted { a, b in
            let l = a.element.location, r = b.element.location
            return (l?.line ?? 0, l?.column ?? 0, a.offset) < (r?.line ?? 0, r?.column ?? 0, b.offset)
        }.map(\.element)
    }

    /// Records a problem at `location`.
    func fail(_ message: String, at location: SourceLocation) { problems.append(code(message, at: location)) }

    /// The mapping `value` as fields, or nil (with a problem) when it is something else.
    func fields(_ value: YAMLValue, _ what: String, allowed: [String]) -> Fields? {
        guard let entries = value.entries else {
            fail("expected \(what) as a mapping of keys to values", at: value.location)
            return nil
        }
        for entry in entries where !allowed.contains(entry.key) {
            fail("unknown key `\(entry.key)` in \(what); expected one of \(allowed.joined(separator: ", "))", at: entry.keyLocation)
        }
        return Fields(reader: self, what: what, entries: entries, location: value.location)
    }
}

/// The keys of one mapping in a data file.
struct Fields {
    let reader: DataFileReader
    let what: String
    let entries: [YAMLEntry]
    let location: SourceLocation

    /// The value under `key`; a problem when it is required and absent.
    func value(_ key: String, required: Bool = true) -> YAMLValue? {
        if let entry = entries.first(where: { $0.key == key }) { return entry.value }
        if required { reader.fail("\(what) has no `\(key)`", at: location) }
        return nil
    }

    /// Text under `key`.
    func text(_ key: String, required: Bool = true) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard let text = value.text, !text.isEmpty else {
            reader.fail("`\(key)` in \(what) must be text", at: value.location)
            return nil
        }
        return text
    }

    /// A number under `key`, at least `minimum`.
    func number(_ key: String, required: Bool = true, minimum: Double = 0) -> Double? {
        guard let value = value(key, required: required) else { return nil }
        guard let number = value.text.flatMap(Double.init), number >= minimum, number.isFinite else {
            reader.fail("`\(key)` in \(what) must be a number of at least \(Points.text(minimum)), found `\(value.text ?? "a list or mapping")`",
                        at: value.location)
            return nil
        }
        return number
    }

    /// `true` or `false` under `key`.
    func flag(_ key: String, required: Bool = true) -> Bool? {
        guard let value = value(key, required: required) else { return nil }
        switch value.text {
        case "true": return true
        case "false": return false
        default:
            reader.fail("`\(key)` in \(what) must be true or false, found `\(value.text ?? "a list or mapping")`", at: value.location)
            return nil
        }
    }

    /// A `yyyy-MM-dd` date under `key`.
    func date(_ key: String, required: Bool = true) -> CaseDate? {
        guard let value = value(key, required: required) else { return nil }
        guard let date = value.text.flatMap(CaseDate.init(iso:)) else {
            reader.fail("`\(key)` in \(what) must be a date yyyy-MM-dd, found `\(value.text ?? "a list or mapping")`", at: value.location)
            return nil
        }
        return date
    }

    /// The items of the list under `key` (a single scalar counts as a list of one).
    func list(_ key: String, required: Bool = true) -> [YAMLValue] {
        guard let value = value(key, required: required) else { return [] }
        if let items = value.items { return items }
        if value.text != nil { return [value] }
        reader.fail("`\(key)` in \(what) must be a list", at: value.location)
        return []
    }

    /// A value of `type` spelt by its raw value; a problem naming the accepted spellings otherwise.
    func choice<T: RawRepresentable & CaseIterable>(_ value: YAMLValue, _ key: String, as type: T.Type) -> T?
    where T.RawValue == String {
        if let text = value.text, let choice = T(rawValue: text) { return choice }
        reader.fail("`\(value.text ?? "a list or mapping")` is not a valid `\(key)` in \(what); expected one of \(T.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: value.location)
        return nil
    }

    /// Every item under `key` as a value of `type`.
    func choices<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type, required: Bool = true) -> [T]
    where T.RawValue == String {
        list(key, required: required).compactMap { choice($0, key, as: type) }
    }
}
