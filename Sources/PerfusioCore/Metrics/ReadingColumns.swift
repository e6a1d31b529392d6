/// A record's reading cells parameter by parameter, taken in one pass over the readings.
///
/// A series is otherwise found by looking its parameter up in every reading's cells; a captured record (a reading a
/// second) read for many series then spends most of the time on those lookups, one per reading per series. With
/// the columns, each series walks only the cells it has, in reading order, with the same results.
package struct ReadingColumns: Sendable {
    /// Each parameter's cells with the index of their reading, in reading order.
    let cells: [Parameter: [(index: Int, cell: ReadingValue)]]

    /// The columns of `record`; a record of ``ConcurrentMap/minimumReadings`` or more is taken in runs of readings on
    /// all cores at once, the runs' columns joined in reading order.
    package init(_ record: PerfusionCase) {
        let readings = record.readings
        let concurrently = readings.count >= ConcurrentMap.minimumReadings
        let runs = concurrently ? ConcurrentMap.runs(of: readings.count) : [readings.indices]
        let parts = ConcurrentMap.map(runs, concurrently: concurrently) { run in
            var cells: [Parameter: [(index: Int, cell: ReadingValue)]] = [:]
            readings.withUnsafeBufferPointer { readings in
                for index in run {
                    for (parameter, cell) in readings[index].values { cells[parameter, default: []].append((index, cell)) }
                }
            }
            return cells
        }
        var cells = parts.first ?? [:]
        for part in parts.dropFirst() {
            for (parameter, column) in part { cells[parameter, default: []] += column }
        }
        self.cells = cells
    }

    /// The columns of a record with enough readings to be read series by series many times
    /// (``ConcurrentMap/minimumReadings``); nil for a small record, read cell by cell as before.
    package static func ofLargeRecord(_ record: PerfusionCase) -> ReadingColumns? {
        record.readings.count >= ConcurrentMap.minimumReadings ? ReadingColumns(record) : nil
    }

    /// Calls `body` with each reading's index and its cell of `parameter`, in reading order, for the readings that
    /// have one: from the columns when given, else by looking it up in each reading.
    static func forEachCell(of parameter: Parameter, in readings: UnsafeBufferPointer<Reading>, columns: ReadingColumns?,
                            _ body: (Int, ReadingValue) -> Void) {
        if let columns {
            for entry in columns.cells[parameter] ?? [] { body(entry.index, entry.cell) }
        } else {
            for index in readings.indices {
                if let cell = readings[index].values[parameter] { body(index, cell) }
            }
        }
    }
}
