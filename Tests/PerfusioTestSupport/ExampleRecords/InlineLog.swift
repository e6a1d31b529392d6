import Foundation
import PerfusioCore

/// Builds records by hand for the metric tests (PerfusioCore's tests cannot use the Markdown reader).
/// Reading rows are taken from the example files' own table lines, so origins carry real lines and columns.
public struct InlineLog {
    public var file: String
    public var date: CaseDate
    public var lines: [String]

    public init(example file: String, date: String) throws {
        self.file = file
        self.date = CaseDate(iso: date)!
        lines = try String(contentsOf: Fixtures.example(file), encoding: .utf8).components(separatedBy: "\n")
    }

    /// `HH:mm` on the log's date, or `yyyy-MM-dd HH:mm`.
    public func time(_ text: String) -> CaseTime {
        CaseTime(iso: text) ?? CaseTime(date: date, time: TimeOfDay(text: text)!)
    }

    /// An event written on `line`.
    public func event(_ line: Int, _ kind: EventKind, _ details: EventDetails = EventDetails()) -> CaseEvent {
        let text = lines[line - 1].dropFirst(2)
        let stamp = text.hasPrefix("20") ? String(text.prefix(16)) : String(text.prefix(5))
        return CaseEvent(time: time(stamp), kind: kind, text: String(text.dropFirst(stamp.count + 1)), details: details,
                         origin: .typed(at: SourceLocation(file: file, line: line, column: 3)))
    }

    /// Readings from table rows `lines`, one column spec per cell after the time (nil skips a column).
    public func readings(_ rows: ClosedRange<Int>, columns: [(Parameter, ClinicalUnit)?]) -> [Reading] {
        rows.map { line in
            let cells = cellsWithColumns(lines[line - 1])
            var values: [Parameter: ReadingValue] = [:]
            for (spec, cell) in zip(columns, cells.dropFirst()) {
                guard let (parameter, unit) = spec, let q = Quantity(number: cell.text, unit: unit) else { continue }
                values[parameter] = ReadingValue(quantity: q, origin: .typed(at: SourceLocation(file: file, line: line, column: cell.column)))
            }
            return Reading(time: time(cells[0].text), values: values,
                           origin: .typed(at: SourceLocation(file: file, line: line, column: 1)))
        }
    }

    /// The trimmed cells of a table row with the 1-based column (Unicode scalars) where each starts.
    func cellsWithColumns(_ row: String) -> [(text: String, column: Int)] {
        var out: [(String, Int)] = [], current = "", start = 0
        for (i, scalar) in row.unicodeScalars.enumerated() {
            if scalar == "|" {
                if i > 0 { out.append((current.trimmingCharacters(in: .whitespaces), start)) }
                current = ""; start = 0
            } else {
                if start == 0, scalar != " " { start = i + 1 }
                current.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A checklist item on `line`.
    public func checklistItem(_ line: Int) -> ChecklistItem {
        let text = lines[line - 1]
        return ChecklistItem(text: String(text.dropFirst(6)), isChecked: text.hasPrefix("- [x]"),
                             origin: .typed(at: SourceLocation(file: file, line: line, column: 1)))
    }
}
