import PerfusioCore

extension LogWriter {
    /// A GFM readings table: Time (and Device for captured readings), then one column per parameter and
    /// unit in parameter order, Sample when any reading has one, then unknown columns in order of appearance.
    func readingsTable(_ readings: [Reading], captured: Bool, caseDate: CaseDate) -> String? {
        guard let first = readings.first else { return nil }
        var pairs: Set<ParameterUnit> = []
        var others: [String] = []
        for r in readings {
            for (p, v) in r.values { pairs.insert(ParameterUnit(parameter: p, unit: v.quantity?.unit ?? p.canonicalUnit)) }
            for o in r.otherValues where !others.contains(o.label) { others.append(o.label) }
        }
        let columns = pairs.sorted()
        let hasSample = readings.contains { $0.sample != nil }
        var header = [readings.contains { $0.time.date != first.time.date } ? "Date time" : "Time"]
        if captured { header.append("Device") }
        header += columns.map(\.header)
        if hasSample { header.append("Sample") }
        header += others
        let times = TimeColumn(readings.map(\.time), caseDate: caseDate)
        var rows = [Self.row(header), Self.row(header.enumerated().map { $0.offset == 0 || (captured && $0.offset == 1) ? "---" : "---:" })]
        for (reading, time) in zip(readings, times.texts) {
            var cells = [time]
            if captured { cells.append(reading.origin?.device ?? "") }
            cells += columns.map { c in
                guard let v = reading.values[c.parameter], (v.quantity?.unit ?? c.parameter.canonicalUnit) == c.unit else { return "" }
                return ReadingCell.write(v)
            }
            if hasSample { cells.append(reading.sample?.rawValue ?? "") }
            cells += others.map { label in reading.otherValues.first { $0.label == label }?.text ?? "" }
            rows.append(Self.row(cells))
        }
        return rows.joined(separator: "\n")
    }

    /// `| a | b |`, with `|` in cells escaped.
    static func row(_ cells: [String]) -> String {
        "| " + cells.map(escapeCell).joined(separator: " | ") + " |"
    }

    /// A cell with `|` escaped and line breaks as spaces (plain cells are returned as they are).
    static func escapeCell(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") }) else { return cell }
        return cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

/// A readings column: one parameter in one unit.
struct ParameterUnit: Hashable, Comparable {
    var parameter: Parameter
    var unit: ClinicalUnit

    /// `Flow L/min`, `pH`, `FiO2 fraction`: a header the reader maps back to the same parameter and unit.
    var header: String {
        let name = parameter.displayName
        if unit == .unitless { return name }
        if unit == .fraction { return name + " fraction" }
        let spelling = UnitSpellings.unit(for: unit.display) == unit ? unit.display : unit.rawValue
        return name + " " + spelling
    }

    static func < (a: ParameterUnit, b: ParameterUnit) -> Bool {
        if a.parameter != b.parameter { return a.parameter < b.parameter }
        return (ClinicalUnit.allCases.firstIndex(of: a.unit) ?? 0) < (ClinicalUnit.allCases.firstIndex(of: b.unit) ?? 0)
    }
}
