import Foundation
import PerfusioCore
import Yams

/// Maps Yams and `DecodingError` failures to diagnostics with file, line and column.
///
/// Syntax errors carry a libyaml mark; type mismatches and missing keys carry only a coding path, which is
/// walked through the composed node tree (safe: anchors and aliases were refused before) to find the line.
struct YAMLErrorMapper {
    let text: String
    let file: String
    let lineOffset: Int

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    func location(of node: Node) -> SourceLocation {
        node.mark.map { location(line: $0.line, column: $0.column) } ?? location(line: 1, column: 1)
    }

    /// The diagnostic for anything `YAMLDecoder` or `Yams.compose` threw.
    func diagnostic(for error: Error) -> Diagnostic {
        switch error {
        case let yaml as YamlError:
            return diagnostic(for: yaml)
        case DecodingError.dataCorrupted(let context):
            if let yaml = context.underlyingError as? YamlError { return diagnostic(for: yaml) }
            return YAMLDiagnostics.type("the value of \(describe(context.codingPath)) is not valid here",
                                        at: valueLocation(context.codingPath))
        case DecodingError.typeMismatch(let expected, let context), DecodingError.valueNotFound(let expected, let context):
            return YAMLDiagnostics.type("expected \(Self.describe(expected)) for \(describe(context.codingPath))",
                                        at: valueLocation(context.codingPath))
        case DecodingError.keyNotFound(let key, let context):
            let path = context.codingPath + [key]
            return YAMLDiagnostics.missingKey("the key \(describe(path)) is missing",
                                              at: keyLocation(context.codingPath))
        default:
            return YAMLDiagnostics.syntax("the YAML could not be read", at: location(line: 1, column: 1))
        }
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return YAMLDiagnostics.syntax("the YAML is not well formed: \(problem)", at: location(line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let line = DuplicateKeyFinder(text: text).secondLine(of: key, after: context.mark) ?? context.mark.line
            return YAMLDiagnostics.duplicateKey("the key `\(key)` appears twice in the same mapping",
                                                at: location(line: line, column: context.mark.column))
        case .reader(let problem, let offset, _, _):
            let line = offset.map { text.prefix($0).filter { $0 == "\n" }.count + 1 } ?? 1
            return YAMLDiagnostics.syntax("the YAML could not be read: \(problem)", at: location(line: line, column: 1))
        default:
            return YAMLDiagnostics.syntax("the YAML could not be read", at: location(line: 1, column: 1))
        }
    }

    /// The location of the value at `path`, or of the deepest node that exists on it.
    private func valueLocation(_ path: [CodingKey]) -> SourceLocation {
        guard let root = try? Yams.compose(yaml: text) else { return location(line: 1, column: 1) }
        var node = root
        for key in path {
            guard let child = Self.child(of: node, key) else { break }
            node = child.value
        }
        return location(of: node)
    }

    /// The location of the key naming the mapping at `path` (the `patient:` line), or line 1 for the root.
    private func keyLocation(_ path: [CodingKey]) -> SourceLocation {
        guard let root = try? Yams.compose(yaml: text) else { return location(line: 1, column: 1) }
        var node = root
        var at = location(line: 1, column: 1)
        for key in path {
            guard let child = Self.child(of: node, key) else { break }
            at = location(of: child.key ?? child.value)
            node = child.value
        }
        return at
    }

    private static func child(of node: Node, _ key: CodingKey) -> (key: Node?, value: Node)? {
        if let mapping = node.mapping {
            return mapping.first { $0.key.string == key.stringValue }.map { ($0.key, $0.value) }
        }
        if let sequence = node.sequence, let index = key.intValue, index >= 0, index < sequence.count {
            return (nil, sequence[sequence.index(sequence.startIndex, offsetBy: index)])
        }
        return nil
    }

    /// `patient.weight`, `items[2].name`.
    private func describe(_ path: [CodingKey]) -> String {
        guard !path.isEmpty else { return "the document" }
        var out = ""
        for key in path {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return "`\(out)`"
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : "a value of type \(type)"
        }
    }
}
