import PerfusioCore

/// Turns one delimited row into a sample: its time, sample type and values with flags.
struct RowReader {
    let mapping: CaptureMapping
    let layout: ColumnLayout
    let cells: CellReader
    /// The header's field count, when there is a header.
    let fieldCount: Int?

    func sample(_ row: DelimitedRows.Row, parser: DeviceTimeParser, file: String,
                into diagnostics: inout [Diagnostic]) -> CapturedSample? {
        let fields = row.fields
        let at = SourceLocation(file: file, line: row.line)
        if let fieldCount, fields.count < layout.values.map(\.index).max().map({ $0 + 1 }) ?? 0 {
            diagnostics.append(CaptureDiagnostics.fieldCount(
                "expected \(fieldCount) fields, found \(fields.count); the missing ones are read as blank", at: at))
        }
        guard let time = parser.parse(DelimitedCaptureReader.cell(fields, layout.time)) else {
            diagnostics.append(CaptureDiagnostics.timeInvalid(
                "the time in \(mapping.time.column) does not match `\(mapping.time.format)`", at: at))
            return nil
        }
        var sample = CapturedSample(line: row.line, deviceDate: time.date, deviceTime: time.time, marker: mapping.sampleMarker)
        if let column = layout.sampleType, let types = mapping.sampleType?.values {
            sample.sampleType = types[DelimitedCaptureReader.cell(fields, column).trimmingCharacters(in: .whitespaces)]
        }
        sample.values = values(fields, at: at, into: &diagnostics)
        return sample
    }

    /// The row's values by parameter; a parameter mapped twice keeps its first non-blank cell.
    func values(_ fields: [String], at: SourceLocation, into diagnostics: inout [Diagnostic]) -> [Parameter: ReadingValue] {
        var values: [Parameter: ReadingValue] = [:]
        for (index, column) in layout.values where values[column.parameter] == nil {
            let flags = mapping.errorCodePrefix.map { CellReader.errorFlags(DelimitedCaptureReader.cell(fields, index + 1), prefix: $0) } ?? []
            switch cells.read(DelimitedCaptureReader.cell(fields, index), as: column, flags: flags) {
            case .absent: continue
            case .value(let v): values[column.parameter] = v
            case .unreadable(let v):
                values[column.parameter] = v
                diagnostics.append(CaptureDiagnostics.valueUnreadable(
                    "\(column.column) holds `\(v.text)`, which is neither a number nor a known token", at: at))
            }
        }
        return values
    }
}
