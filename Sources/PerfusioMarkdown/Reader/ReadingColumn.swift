import PerfusioCore

/// What a readings-table column holds, decided once from its header cell.
enum ReadingColumn: Hashable {
    case time
    case sample
    case device
    /// A known parameter in the unit the header gives (or its unambiguous default).
    case parameter(Parameter, ClinicalUnit)
    /// A column whose cells are kept as written under `label` (unknown name, unknown or missing unit).
    case other(label: String)

    /// The column for `header`, and the diagnostic it deserves (unknown column, unknown or missing unit).
    static func read(_ header: String, at location: SourceLocation) -> (ReadingColumn, Diagnostic?) {
        let normal = Phrase.normalise(header)
        if ColumnAliases.timeColumns.contains(normal) { return (.time, nil) }
        if ColumnAliases.sampleColumns.contains(normal) { return (.sample, nil) }
        if ColumnAliases.deviceColumns.contains(normal) { return (.device, nil) }
        guard let (parameter, unitText) = split(header) else {
            return (.other(label: header), MarkdownDiagnostics.columnUnknown(
                "no parameter is called `\(header)`; its cells are kept as written", at: location))
        }
        guard !unitText.isEmpty else {
            if let unit = ColumnAliases.defaultUnits[parameter] { return (.parameter(parameter, unit), nil) }
            return (.other(label: header), MarkdownDiagnostics.unitMissing(
                "`\(header)` needs a unit (e.g. `\(parameter.displayName) \(parameter.canonicalUnit.display)`); its cells are kept as written",
                at: location))
        }
        guard let unit = UnitSpellings.unit(for: unitText) else {
            return (.other(label: header), MarkdownDiagnostics.unitUnknown(
                "`\(unitText)` is not a unit Perfusio knows for \(parameter.displayName)", at: location))
        }
        guard (try? Quantity(1, unit).converted(to: parameter.canonicalUnit, substance: parameter.substance)) != nil else {
            return (.other(label: header), MarkdownDiagnostics.unitMismatch(
                "\(parameter.displayName) is not measured in \(unit.display)", at: location))
        }
        return (.parameter(parameter, unit), nil)
    }

    /// `Flow (L/min)`, `Flow [L/min]`, `Flow L/min`, `MAP` → the parameter and the unit text (maybe empty).
    static func split(_ header: String) -> (Parameter, String)? {
        let t = header.trimmed
        for (open, close) in [("(", ")"), ("[", "]")] where t.hasSuffix(close) {
            if let o = t.lastIndex(of: Character(open)), let p = ColumnAliases.parameter(named: String(t[..<o]).trimmed) {
                return (p, String(t[t.index(after: o)..<t.index(before: t.endIndex)]).trimmed)
            }
        }
        let words = t.split(separator: " ").map(String.init)
        for k in stride(from: words.count, through: 1, by: -1) {
            if let p = ColumnAliases.parameter(named: words[0..<k].joined(separator: " ")) {
                return (p, words[k...].joined(separator: " "))
            }
        }
        return nil
    }
}
