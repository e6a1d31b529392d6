import Foundation
import PerfusioCore
import Yams

/// Safe YAML decoding for every data file Perfusio reads: refuses anchors, aliases and tab indentation before
/// parsing, and turns every failure into diagnostics with file, line and column.
///
/// ```swift
/// struct Pack: Decodable { var id: String }
/// switch SafeYAML.decode(Pack.self, from: text, file: "adult.yaml") {
/// case .success(let pack): use(pack)
/// case .failure(let failure): report(failure.diagnostics)
/// }
/// ```
public enum SafeYAML {
    /// Decodes `type` from YAML `text`.
    ///
    /// - Parameters:
    ///   - text: the YAML (a front matter block without its `---` fences, or a whole file).
    ///   - file: the file name diagnostics carry.
    ///   - lineOffset: lines before `text` in the file (1 for front matter after the opening `---`).
    /// - Returns: the value, or a failure whose diagnostics name the line and column (1-based, Unicode scalars).
    public static func decode<T: Decodable>(_ type: T.Type, from text: String, file: String,
                                            lineOffset: Int = 0) -> Result<T, SafeYAMLFailure> {
        let text = LineEndings.normalised(text)
        let mapper = YAMLErrorMapper(text: text, file: file, lineOffset: lineOffset)
        if let refused = YAMLPreflight(file: file, lineOffset: lineOffset).check(text) {
            return .failure(SafeYAMLFailure(refused))
        }
        do {
            return .success(try YAMLDecoder().decode(type, from: text))
        } catch {
            return .failure(SafeYAMLFailure(mapper.diagnostic(for: error)))
        }
    }

    /// Composes `text` into a `YAMLValue` tree that keeps every key, in order, with its location.
    ///
    /// An empty document gives `.null` at line 1 (plus `lineOffset`). Mapping keys must be scalars.
    public static func compose(_ text: String, file: String, lineOffset: Int = 0) -> Result<YAMLValue, SafeYAMLFailure> {
        let text = LineEndings.normalised(text)
        let mapper = YAMLErrorMapper(text: text, file: file, lineOffset: lineOffset)
        if let refused = YAMLPreflight(file: file, lineOffset: lineOffset).check(text) {
            return .failure(SafeYAMLFailure(refused))
        }
        let node: Node?
        do {
            // UTF-8 named here: the default reads the process environment on every call. The basic resolver: values
            // are read as text here (YAMLValue), and the default one runs a regular expression per scalar whenever
            // Yams hashes a mapping's keys for its duplicate check (a fifth of reading a log's front matter).
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch {
            return .failure(SafeYAMLFailure(mapper.diagnostic(for: error)))
        }
        guard let node else { return .success(.null(mapper.location(line: 1, column: 1))) }
        return YAMLValueBuilder(mapper: mapper).value(of: node)
    }
}

/// Converts Yams nodes into `YAMLValue`s.
private struct YAMLValueBuilder {
    let mapper: YAMLErrorMapper

    func value(of node: Node) -> Result<YAMLValue, SafeYAMLFailure> {
        let location = mapper.location(of: node)
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return .success(isNull ? .null(location) : .scalar(scalar.string, location))
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence {
                switch value(of: item) {
                case .success(let v): items.append(v)
                case .failure(let d): return .failure(d)
                }
            }
            return .success(.sequence(items, location))
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, item) in mapping {
                guard let name = key.scalar?.string else {
                    return .failure(SafeYAMLFailure(YAMLDiagnostics.type("a key must be plain text, not a list or mapping",
                                                         at: mapper.location(of: key))))
                }
                switch value(of: item) {
                case .success(let v): entries.append(YAMLEntry(key: name, keyLocation: mapper.location(of: key), value: v))
                case .failure(let d): return .failure(d)
                }
            }
            return .success(.mapping(entries, location))
        case .alias:
            return .failure(SafeYAMLFailure(YAMLDiagnostics.alias("found a YAML alias; write the value out in full instead", at: location)))
        }
    }
}
