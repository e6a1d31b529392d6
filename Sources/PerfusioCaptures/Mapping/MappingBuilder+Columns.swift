import PerfusioCore
import PerfusioYAML

extension MappingBuilder {
    /// A column reference: `name` (with an optional `occurrence`) or `position` (1-based), exactly one of them.
    func column(_ node: YAMLValue, name: String, extra: [String], into problems: inout [Diagnostic]) -> ColumnReference? {
        guard let c = YAMLFields(node, name: name, allowed: ["name", "position", "occurrence"] + extra,
                                 code: fields.code, keyCode: fields.keyCode, into: &problems) else { return nil }
        let header = c.text("name", into: &problems)?.0
        let position = c.integer("position", minimum: 1, into: &problems)
        let occurrence = c.integer("occurrence", minimum: 1, into: &problems) ?? 1
        switch (header, position) {
        case (let header?, nil): return .name(header, occurrence: occurrence)
        case (nil, let position?): return .position(position)
        default:
            problems.append(fields.code("\(name) needs exactly one of `name` (a header) or `position` (1-based)", at: node.location))
            return nil
        }
    }

    /// One entry of `columns`: a column reference, its `parameter`, optional `unit` and `suffix`.
    func valueColumn(_ node: YAMLValue, name: String, into problems: inout [Diagnostic]) -> ColumnMapping? {
        let reference = column(node, name: name, extra: ["parameter", "unit", "suffix"], into: &problems)
        var reported: [Diagnostic] = []  // unknown keys were reported by `column` already
        guard let c = YAMLFields(node, name: name, allowed: ["name", "position", "occurrence", "parameter", "unit", "suffix"],
                                 code: fields.code, keyCode: fields.keyCode, into: &reported),
              let (word, wordAt) = c.text("parameter", required: true, into: &problems) else { return nil }
        guard let parameter = Parameter(rawValue: word) else {
            problems.append(fields.code("unknown parameter `\(word)` in \(name); parameters are the record's element names "
                                        + "(ph, pco2, po2, t_art, k, flow, …)", at: wordAt))
            return nil
        }
        var unit = parameter.canonicalUnit
        if let (spelling, unitAt) = c.text("unit", into: &problems) {
            guard let u = UnitSpellings.unit(for: spelling) else {
                problems.append(fields.code("unknown unit `\(spelling)` in \(name)", at: unitAt))
                return nil
            }
            guard u.dimension == parameter.dimension || parameter.substance?.molarMass != nil else {
                problems.append(fields.code("unit `\(spelling)` in \(name) does not measure \(parameter.displayName)", at: unitAt))
                return nil
            }
            unit = u
        }
        guard let reference else { return nil }
        return ColumnMapping(column: reference, parameter: parameter, unit: unit, suffix: c.text("suffix", into: &problems)?.0)
    }
}
