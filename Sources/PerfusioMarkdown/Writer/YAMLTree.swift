import PerfusioCore
import PerfusioYAML

/// An ordered YAML mapping the writer builds, turned into a `YAMLValue` for `SafeYAML.emit`.
struct YAMLTree {
    enum Item {
        case scalar(String)
        case list([String])
        case tree(YAMLTree)
    }

    private(set) var entries: [(key: String, item: Item)] = []

    var isEmpty: Bool { entries.isEmpty }

    /// Adds `key: text`, skipping nil.
    mutating func add(_ key: String, _ text: String?) {
        if let text { entries.append((key, .scalar(text))) }
    }

    mutating func add(_ key: String, _ item: Item) { entries.append((key, item)) }

    /// Adds a nested mapping, skipping an empty one.
    mutating func add(_ key: String, _ tree: YAMLTree) {
        if !tree.isEmpty { entries.append((key, .tree(tree))) }
    }

    /// Adds labelled texts, nesting dotted labels (`custom.sub`) the way the reader flattened them.
    mutating func addFields(_ fields: [LabeledText]) {
        for field in fields { insert(field.label.split(separator: ".", omittingEmptySubsequences: false).map(String.init), field.text) }
    }

    private mutating func insert(_ path: [String], _ text: String) {
        guard let head = path.first else { return }
        if path.count == 1 { entries.append((head, .scalar(text))); return }
        if let i = entries.firstIndex(where: { $0.key == head }), case .tree(var sub) = entries[i].item {
            sub.insert(Array(path.dropFirst()), text)
            entries[i].item = .tree(sub)
        } else {
            var sub = YAMLTree()
            sub.insert(Array(path.dropFirst()), text)
            entries.append((head, .tree(sub)))
        }
    }

    var value: YAMLValue {
        let nowhere = SourceLocation(file: "", line: 0)
        return .mapping(entries.map { key, item in
            let v: YAMLValue
            switch item {
            case .scalar(let s): v = .scalar(s, nowhere)
            case .list(let l): v = .sequence(l.map { .scalar($0, nowhere) }, nowhere)
            case .tree(let t): v = t.value
            }
            return YAMLEntry(key: key, keyLocation: nowhere, value: v)
        }, nowhere)
    }
}
