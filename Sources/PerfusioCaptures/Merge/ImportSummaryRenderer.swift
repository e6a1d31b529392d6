import Foundation
import PerfusioCore

/// Renders import summaries as text for people or as JSON for machines, deterministically (sorted keys, POSIX
/// numbers). Summaries hold device names, counts, times and values only: never a patient name or id.
public enum ImportSummaryRenderer {
    /// One JSON object for one capture (`device`, `samples`, `first`, `last`, `clock_offset_s`, `clock_offset_source`,
    /// `parameters`); for several captures, an object `{"captures": [...]}` holding one such object each.
    public static func json(_ summaries: [ImportSummary]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data?
        if summaries.count == 1 { data = try? encoder.encode(summaries[0]) } else { data = try? encoder.encode(["captures": summaries]) }
        return (data.flatMap { String(data: $0, encoding: .utf8) } ?? "{}") + "\n"
    }

    /// A short report per capture: span, clock offset, and a table of parameters with valid and excluded counts.
    public static func text(_ summaries: [ImportSummary]) -> String {
        summaries.map(text).joined(separator: "\n")
    }

    static func text(_ s: ImportSummary) -> String {
        var lines = ["\(s.device): \(s.samples) samples, \(s.first?.description ?? "-") to \(s.last?.description ?? "-") (wall clock)",
                     "clock offset (device minus wall clock): \(s.clockOffset.description)"]
        let rows = s.parameters.keys.sorted().map { p -> [String] in
            let v = s.parameters[p]!
            let why = v.excludedBy.keys.sorted().map { "\($0) \(v.excludedBy[$0]!)" }.joined(separator: ", ")
            return [p.displayName, String(v.valid), String(v.excluded), number(v.min), number(v.max), v.unit.display, why]
        }
        lines += table([["parameter", "valid", "excluded", "min", "max", "unit", "excluded by"]] + rows)
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double?) -> String { value.map { NumberFormatting.trimmed($0, maxDigits: 3) } ?? "-" }

    /// Left-aligned columns two spaces apart, trailing spaces trimmed.
    static func table(_ rows: [[String]]) -> [String] {
        let widths = rows[0].indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (i, cell) in row.enumerated() { line += cell + String(repeating: " ", count: widths[i] - cell.count + 2) }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
