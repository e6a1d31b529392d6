import PerfusioCore
import PerfusioYAML

/// Parses the `fields:` and `checks:` lists of a profile.
struct ProfileFieldParser {
    let reader: ProfileNodeReader

    static let fieldKeys = ["column", "meaning", "type", "source", "codes", "matches", "required", "parent", "limits",
                            "usual", "decimals", "unit", "defined_by"]

    func fields(_ top: YAMLValue) -> [ProfileField] {
        guard let list = top["fields"] else {
            reader.report(RegistriesDiagnostics.profileKeyMissing, "missing key 'fields'", at: top.location)
            return []
        }
        guard let items = list.items else {
            reader.report(RegistriesDiagnostics.profileValueInvalid, "expected 'fields' as a list", at: list.location)
            return []
        }
        return items.compactMap(field)
    }

    private func field(_ node: YAMLValue) -> ProfileField? {
        guard let map = reader.mapping(node, "a field", allowed: Self.fieldKeys),
              let column = reader.text(map, "column"), let typeText = reader.text(map, "type"),
              let sourceText = reader.text(map, "source") else { return nil }
        guard let type = FieldType(rawValue: typeText) else {
            reader.report(RegistriesDiagnostics.profileValueInvalid,
                          "\(column): unknown type '\(typeText)'; expected one of \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))",
                          at: map["type"]?.location ?? map.location)
            return nil
        }
        guard let source = SourcePath(sourceText), isKnownFigure(source) else {
            reader.report(RegistriesDiagnostics.profileSourceUnknown,
                          "\(column): unknown source '\(sourceText)' (see docs/registries.md for the path vocabulary)",
                          at: map["source"]?.location ?? map.location)
            return nil
        }
        return ProfileField(
            column: column, meaning: reader.text(map, "meaning", required: false) ?? "", type: type, source: source,
            codes: codes(map), matches: reader.texts(map, "matches"), isRequired: reader.flag(map, "required", fallback: false),
            parent: parent(map), limits: reader.range(map, "limits"), usualRange: reader.range(map, "usual"),
            decimals: reader.integer(map, "decimals", fallback: 1), unit: reader.text(map, "unit", required: false),
            definedBy: reader.text(map, "defined_by", required: false) ?? "", line: node.location.line)
    }

    private func isKnownFigure(_ source: SourcePath) -> Bool {
        if case .figure(let name) = source { return RegistryFigures.names[name] != nil }
        return true
    }

    private func codes(_ map: YAMLValue) -> [FieldCode] {
        guard let node = map["codes"] else { return [] }
        guard let items = node.items else {
            reader.report(RegistriesDiagnostics.profileValueInvalid, "expected 'codes' as a list", at: node.location)
            return []
        }
        return items.compactMap { item in
            guard let entry = reader.mapping(item, "a code", allowed: ["code", "meaning", "from"]),
                  let code = reader.text(entry, "code") else { return nil }
            let from = reader.texts(entry, "from").map { $0.lowercased() }
            return FieldCode(code: code, meaning: reader.text(entry, "meaning", required: false) ?? code, from: from)
        }
    }

    private func parent(_ map: YAMLValue) -> FieldCondition? {
        guard let node = map["parent"], let entry = reader.mapping(node, "'parent'", allowed: ["column", "in"]),
              let column = reader.text(entry, "column") else { return nil }
        let codes = reader.texts(entry, "in")
        if codes.isEmpty {
            reader.report(RegistriesDiagnostics.profileKeyMissing, "'parent' needs 'in: [codes]'", at: entry.location)
        }
        return FieldCondition(column: column, codes: codes)
    }

    func checks(_ top: YAMLValue) -> [ConsistencyCheck] {
        guard let node = top["checks"] else { return [] }
        guard let items = node.items else {
            reader.report(RegistriesDiagnostics.profileValueInvalid, "expected 'checks' as a list", at: node.location)
            return []
        }
        return items.compactMap { item in
            guard let map = reader.mapping(item, "a check", allowed: ["id", "rule", "defined_by"]),
                  let id = reader.text(map, "id"), let rule = reader.text(map, "rule") else { return nil }
            let parts = rule.split(separator: " ").map(String.init)
            guard parts.count == 3, let comparison = ConsistencyCheck.Comparison(rawValue: parts[1]) else {
                reader.report(RegistriesDiagnostics.profileValueInvalid,
                              "\(id): rule '\(rule)' is not 'COLUMN <= COLUMN' (comparisons: <=, <, >=, >, ==)",
                              at: map["rule"]?.location ?? map.location)
                return nil
            }
            return ConsistencyCheck(id: id, left: parts[0], comparison: comparison, right: parts[2],
                                    definedBy: reader.text(map, "defined_by", required: false) ?? "", line: item.location.line)
        }
    }
}
