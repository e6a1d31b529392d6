import PerfusioCore
import PerfusioYAML

/// A YAML mapping read key by key, every failure located: the rule loader's only view of YAML.
///
/// Keys are checked against the allowed set, so a misspelt `bellow:` is refused rather than ignored.
public struct YAMLFields: Sendable, Hashable {
    public var entries: [YAMLEntry]
    public var location: SourceLocation
    /// What the mapping is, for messages (`rule adult.map.low`, `check of adult.map.low`).
    public var what: String

    public init(_ value: YAMLValue, what: String) throws {
        guard let entries = value.entries else {
            throw RuleFileError(RulesDiagnostics.invalidValue("expected a mapping of keys for \(what)", at: value.location))
        }
        self.entries = entries
        self.location = value.location
        self.what = what
    }

    public init(entries: [YAMLEntry], location: SourceLocation, what: String) {
        self.entries = entries
        self.location = location
        self.what = what
    }

    public subscript(key: String) -> YAMLValue? { entries.first { $0.key == key }?.value }

    /// Refuses any key outside `allowed`, at the key's place.
    public func allowOnly(_ allowed: Set<String>) throws {
        if let bad = entries.first(where: { !allowed.contains($0.key) }) {
            throw RuleFileError(RulesDiagnostics.unknownKey(
                "unknown key `\(bad.key)` in \(what); expected one of: \(allowed.sorted().joined(separator: ", "))",
                at: bad.keyLocation))
        }
    }

    /// The key's value, or a missing-key error at the mapping.
    public func required(_ key: String) throws -> YAMLValue {
        guard let value = self[key] else {
            throw RuleFileError(RulesDiagnostics.missingKey("\(what) needs a `\(key)`", at: location))
        }
        return value
    }

    public func string(_ key: String) throws -> String? {
        guard let value = self[key] else { return nil }
        guard let text = value.text else { throw invalid(key, "text", value) }
        return text
    }

    public func requiredString(_ key: String) throws -> String {
        let value = try required(key)
        guard let text = value.text else { throw invalid(key, "text", value) }
        return text
    }

    public func number(_ key: String) throws -> Double? {
        guard let value = self[key] else { return nil }
        guard let text = value.text, let (n, _) = Quantity.parseNumber(text) else { throw invalid(key, "a number", value) }
        return n
    }

    public func requiredNumber(_ key: String) throws -> Double {
        let value = try required(key)
        guard let n = try number(key) else { throw invalid(key, "a number", value) }
        return n
    }

    public func bool(_ key: String) throws -> Bool? {
        guard let value = self[key] else { return nil }
        switch value.text {
        case "true": return true
        case "false": return false
        default: throw invalid(key, "true or false", value)
        }
    }

    /// One of `E`'s raw values; a single word or (when `list`) a list of words.
    public func words<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws -> [E]? where E.RawValue == String {
        guard let value = self[key] else { return nil }
        let items = value.items ?? [value]
        return try items.map { item in
            guard let text = item.text, let word = E(rawValue: text) else {
                let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
                throw RuleFileError(RulesDiagnostics.invalidValue(
                    "`\(item.text ?? "…")` is not allowed for `\(key)` in \(what); expected one of: \(allowed)", at: item.location))
            }
            return word
        }
    }

    /// A nested mapping.
    public func fields(_ key: String) throws -> YAMLFields? {
        guard let value = self[key] else { return nil }
        return try YAMLFields(value, what: "`\(key)` of \(what)")
    }

    /// A nested mapping that must be there.
    public func requiredFields(_ key: String) throws -> YAMLFields {
        try YAMLFields(try required(key), what: "`\(key)` of \(what)")
    }

    /// One word of `E` that must be there.
    public func requiredWord<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws -> E where E.RawValue == String {
        _ = try required(key)
        guard let words = try words(key, type), words.count == 1 else { throw invalid(key, "one word", self[key]!) }
        return words[0]
    }

    /// The location of `key`'s value, else of the mapping.
    public func location(of key: String) -> SourceLocation { self[key]?.location ?? location }

    /// A wrong-type error for `key`.
    public func invalid(_ key: String, _ expected: String, _ value: YAMLValue) -> RuleFileError {
        RuleFileError(RulesDiagnostics.invalidValue("`\(key)` in \(what) must be \(expected)", at: value.location))
    }

    /// These fields with `other`'s entries replacing same-named ones and added after.
    public func merged(with other: YAMLFields) -> YAMLFields {
        var out = self
        for entry in other.entries {
            if let i = out.entries.firstIndex(where: { $0.key == entry.key }) { out.entries[i] = entry } else { out.entries.append(entry) }
        }
        return out
    }
}

/// Reading a whole rule file: compose the YAML safely, then build from the tree; every failure located.
enum RuleFile {
    static func read<T>(_ text: String, file: String, _ build: (YAMLValue) throws -> T) -> Result<T, RuleFileError> {
        switch SafeYAML.compose(text, file: file) {
        case .failure(let failure): return .failure(RuleFileError(failure.diagnostics))
        case .success(let root):
            do { return .success(try build(root)) } catch let error as RuleFileError {
                return .failure(error)
            } catch {
                return .failure(RuleFileError(RulesDiagnostics.invalidValue("\(error)", at: root.location)))
            }
        }
    }
}
