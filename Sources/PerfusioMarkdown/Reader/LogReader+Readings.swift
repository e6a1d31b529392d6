import PerfusioCore

extension LogReader.Session {
    /// Readings: a GFM table whose first column is the time; other blocks are kept as notes.
    mutating func readReadings(_ blocks: [MarkdownBlock], captured: Bool) {
        let section: LogSection = captured ? .capturedReadings : .readings
        for block in blocks {
            guard case .table(let table) = block else {
                keepUnparsed(body.text(block.span), section: section, at: body.location(block.span),
                             message: "readings are written as a table with a Time column; this is kept as a note")
                continue
            }
            readTable(table, section: section)
        }
    }

    private mutating func readTable(_ table: MarkdownTable, section: LogSection) {
        var columns: [ReadingColumn] = []
        for cell in table.header {
            let (text, location) = body.cell(cell.span)
            let (column, diagnostic) = ReadingColumn.read(text, at: location)
            columns.append(column)
            if let diagnostic { report(diagnostic) }
        }
        guard columns.first == .time else {
            keepUnparsed(body.text(table.span), section: section, at: body.location(table.span), MarkdownDiagnostics.timeColumn,
                         message: "a readings table starts with a Time column; this table is kept as a note")
            return
        }
        // The times first, in order: a clock time is placed on the case's calendar after the one before it.
        var placer = ClockPlacer(startingOn: record.header.date)
        let times = table.rows.map { row in
            row.first.map { cell in
                let (text, location) = self.body.cell(cell.span)
                return RowTime(text: text, location: location, time: Self.cellTime(text, placer: &placer))
            }
        }
        guard table.rows.count >= concurrentTableRows else {
            for (row, time) in zip(table.rows, times) { readRow(row, time: time, columns: columns, section: section) }
            return
        }
        // A captured table (a reading a second) is read in runs of rows on all cores at once; each run's readings,
        // notes and diagnostics join the record in row order, as if read one row after another.
        let (file, source, header) = (file, body, columns)
        let runs = ConcurrentMap.runs(of: table.rows.count)
        let parts = ConcurrentMap.map(runs, concurrently: true) { run in
            var part = LogReader.Session(file: file, body: source)
            for index in run { part.readRow(table.rows[index], time: times[index], columns: header, section: section) }
            return (part.record.readings, part.record.notes, part.diagnostics)
        }
        for (readings, notes, diagnostics) in parts {
            record.readings += readings
            record.notes += notes
            self.diagnostics += diagnostics
        }
    }

    /// A row's time cell: its text, where it is, and the time it gives (nil when it is not a time).
    struct RowTime: Sendable {
        let text: String
        let location: SourceLocation
        let time: CaseTime?
    }

    private mutating func readRow(_ row: [MarkdownCell], time rowTime: RowTime?, columns: [ReadingColumn], section: LogSection) {
        guard let timeCell = row.first, let rowTime else { return }
        guard let time = rowTime.time else {
            let rowText = body.lines(timeCell.span.startLine, timeCell.span.startLine)
            keepUnparsed(rowText, section: section, at: rowTime.location, MarkdownDiagnostics.timeInvalid,
                         message: "`\(rowTime.text)` is not a time; write HH:MM or yyyy-MM-dd HH:MM")
            return
        }
        let rowLocation = body.location(line: timeCell.span.startLine, byteColumn: 1)
        var reading = Reading(time: time, origin: .typed(at: rowLocation))
        if section == .capturedReadings { reading.origin = Origin(.captured, at: rowLocation) }
        reading.values.reserveCapacity(columns.count)
        for (cell, column) in zip(row, columns).dropFirst() {
            let (text, location) = body.cell(cell.span)
            guard !text.isEmpty else { continue }
            read(text, at: location, column: column, into: &reading)
        }
        record.readings.append(reading)
        keepExcessCells(after: row.last?.span ?? timeCell.span, section: section)
    }

    /// cmark-gfm drops cells beyond the header's columns; keep their text as a note instead.
    private mutating func keepExcessCells(after last: SourceSpan, section: LogSection) {
        if body.hasNoTextAfter(line: last.startLine, byteColumn: last.endColumn) { return }
        let line = body.lines(last.startLine, last.startLine)
        let bytes = Array(line.utf8)
        guard last.endColumn < bytes.count else { return }
        var excess = String(decoding: bytes[last.endColumn...], as: UTF8.self).trimmed
        if excess.hasPrefix("|") { excess = String(excess.dropFirst()).trimmed }
        if excess.hasSuffix("|") && !excess.hasSuffix("\\|") { excess = String(excess.dropLast()).trimmed }
        guard !excess.isEmpty else { return }
        keepUnparsed(excess, section: section, at: body.location(line: last.startLine, byteColumn: last.endColumn + 2),
                     message: "this row has more cells than the header; the extra cells are kept as a note")
    }

    private mutating func read(_ text: String, at location: SourceLocation, column: ReadingColumn, into reading: inout Reading) {
        let origin = Origin(reading.origin?.kind ?? .typed, at: location, device: reading.origin?.device)
        switch column {
        case .time: break
        case .device: reading.origin?.device = text
        case .sample:
            if let sample = Self.sampleTypes[Phrase.normalise(text)] { reading.sample = sample }
            else { reading.otherValues.append(LabeledText(label: "Sample", text: text, origin: origin)) }
        case .other(let label):
            reading.otherValues.append(LabeledText(label: label, text: text, origin: origin))
        case .parameter(let parameter, let unit):
            switch ReadingCell.parse(text, unit: unit) {
            case .notANumber(var value):
                report(MarkdownDiagnostics.valueInvalid("`\(text)` is not a number (\(parameter.displayName))", at: location))
                value.origin = origin
                reading.values[parameter] = value
            case .value(var value):
                value.origin = origin
                // A value the log already marks `excluded:RULE` (an artefact a capture import excluded) is not reported again.
                if value.excludedBy == nil, let q = value.quantity,
                   let canonical = q.value(in: parameter.canonicalUnit, substance: parameter.substance),
                   !parameter.possibleRange.contains(canonical) {
                    report(MarkdownDiagnostics.valueImpossible(
                        "\(parameter.displayName) \(q) is outside the possible range", at: location))
                    value.excludedBy = ReadingCell.impossibleMarker
                }
                reading.values[parameter] = value
            }
        }
    }

    /// `08:55` placed on the case's calendar, or `2026-05-02 22:00`; nil when neither.
    static func cellTime(_ text: String, placer: inout ClockPlacer) -> CaseTime? {
        // `08:55`, the usual cell, holds no `-` and passes `looksLikeTime`.
        if TimeOfDay.isDigitClock(text) { return TimeOfDay(text: text).map { placer.place($0) } }
        if text.contains("-" as Character), let full = CaseTime(iso: text) {
            placer.observe(full)
            return full
        }
        guard LeadingTime.looksLikeTime(Substring(text)), let clock = TimeOfDay(text: text) else { return nil }
        return placer.place(clock)
    }

    static let sampleTypes: [String: SampleType] = [
        "arterial": .arterial, "art": .arterial, "a": .arterial, "venous": .venous, "ven": .venous, "v": .venous,
        "mixed venous": .mixedVenous, "mv": .mixedVenous, "capillary": .capillary, "cap": .capillary,
        "not specified": .notSpecified,
    ]
}
