import Foundation
import PerfusioCore
import Yams

extension SafeYAML {
    /// Writes a `YAMLValue` tree as block-style YAML, keys in order, through Yams' emitter.
    ///
    /// Scalars are plain where that reads back as the same text; text YAML would read as a number, a boolean
    /// or null (`00482913`, `no`, `~`) is double-quoted, so every YAML reader sees text. Dates stay plain.
    /// Locations are ignored.
    public static func emit(_ value: YAMLValue) -> String {
        let node = Self.node(value)
        return (try? Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true,
                                    sequenceStyle: .block, mappingStyle: .block)) ?? ""
    }

    private static func node(_ value: YAMLValue) -> Node {
        switch value {
        case .null: return Node("", Tag(.null), .plain)
        case .scalar(let s, _): return Node(s, Tag(.str), Self.needsQuotes(s) ? .doubleQuoted : .any)
        case .sequence(let items, _): return Node(items.map(node), Tag(.seq), .block)
        case .mapping(let entries, _):
            return Node(entries.map { (Node($0.key, Tag(.str), Self.needsQuotes($0.key) ? .doubleQuoted : .any), node($0.value)) },
                        Tag(.map), .block)
        }
    }

    /// True when a plain scalar would not read back as text (numbers, booleans, null, empty).
    static func needsQuotes(_ s: String) -> Bool {
        if s.isEmpty { return true }
        let resolved = Resolver.default.resolveTag(of: Node(s))
        return resolved == .int || resolved == .float || resolved == .bool || resolved == .null
    }
}
