import PerfusioCore

/// A composed YAML document as plain Swift values with source locations, for readers that keep unknown keys.
///
/// Scalars stay text exactly as written (`no`, `0123`, `2026-03-14` are not interpreted); a plain empty,
/// `~` or `null` value is `.null`. Mapping entries keep their order.
public indirect enum YAMLValue: Hashable, Sendable {
    case scalar(String, SourceLocation)
    case null(SourceLocation)
    case sequence([YAMLValue], SourceLocation)
    case mapping([YAMLEntry], SourceLocation)

    /// Where the value starts.
    public var location: SourceLocation {
        switch self {
        case .scalar(_, let l), .null(let l), .sequence(_, let l), .mapping(_, let l): l
        }
    }

    /// The text of a scalar; nil for null, sequences and mappings.
    public var text: String? {
        if case .scalar(let s, _) = self { return s }
        return nil
    }

    /// The entries of a mapping; nil otherwise.
    public var entries: [YAMLEntry]? {
        if case .mapping(let e, _) = self { return e }
        return nil
    }

    /// The items of a sequence; nil otherwise.
    public var items: [YAMLValue]? {
        if case .sequence(let i, _) = self { return i }
        return nil
    }

    /// The value under `key` in a mapping (first match); nil when absent or not a mapping.
    public subscript(key: String) -> YAMLValue? {
        entries?.first { $0.key == key }?.value
    }
}

/// One `key: value` pair of a YAML mapping, with the key's location.
public struct YAMLEntry: Hashable, Sendable {
    /// The key as written (always a scalar; other keys are refused).
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLValue

    public init(key: String, keyLocation: SourceLocation, value: YAMLValue) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
