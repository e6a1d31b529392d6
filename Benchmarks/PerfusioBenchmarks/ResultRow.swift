import Foundation

/// One timed run: what was measured, over how many records and bytes, how long it took and its peak memory.
struct ResultRow {
    var name: String
    var records: Int
    var bytes: Int
    var seconds: Double
    /// CPU seconds of the work (user + system); on a loaded machine, ratios of these are steadier than of wall time.
    var cpuSeconds: Double
    var maxResidentKiB: Int

    var recordsPerSecond: Double { seconds > 0 ? Double(records) / seconds : 0 }
    var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0 }

    /// This row's throughput over `baseline`'s (records per second, the same records in both).
    func ratio(to baseline: ResultRow) -> Double {
        baseline.recordsPerSecond > 0 ? recordsPerSecond / baseline.recordsPerSecond : 0
    }

    /// `baseline`'s CPU time over this row's (records per CPU second, the same records in both).
    func cpuRatio(to baseline: ResultRow) -> Double { cpuSeconds > 0 ? baseline.cpuSeconds / cpuSeconds : 0 }

    /// The row as a table line; `baseline` adds the throughput ratios (wall and CPU).
    func line(against baseline: ResultRow? = nil) -> String {
        var cells = [Self.pad(name, 44), Self.pad("\(records)", 7, right: true),
                     Self.pad(Self.fixed(seconds, 3), 9, right: true),
                     Self.pad(Self.fixed(cpuSeconds, 3), 9, right: true),
                     Self.pad(Self.fixed(recordsPerSecond, 1), 10, right: true),
                     Self.pad(Self.fixed(megabytesPerSecond, 2), 8, right: true),
                     Self.pad(Self.fixed(Double(maxResidentKiB) / 1024, 1), 9, right: true)]
        if let baseline {
            cells.append(Self.pad(Self.fixed(ratio(to: baseline), 2) + "×", 7, right: true))
            cells.append(Self.pad(Self.fixed(cpuRatio(to: baseline), 2) + "×", 7, right: true) + "  " + baseline.name)
        }
        return cells.joined(separator: " ")
    }

    static let header = [pad("stage", 44), pad("records", 7, right: true), pad("seconds", 9, right: true), pad("CPU s", 9, right: true),
                         pad("records/s", 10, right: true), pad("MB/s", 8, right: true), pad("peak MiB", 9, right: true),
                         pad("ratio", 7, right: true), pad("CPU rat", 7, right: true) + "  baseline"].joined(separator: " ")

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}
