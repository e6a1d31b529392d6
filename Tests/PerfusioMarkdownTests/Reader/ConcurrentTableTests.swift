import PerfusioCore
import Testing
@testable import PerfusioMarkdown

/// A long readings table read in runs on all cores gives the record and diagnostics of a read row after row:
/// the same readings in the same order, times placed across midnight, and every note and warning in place.
@Suite struct ConcurrentTableTests {
    /// A captured log of `rows` rows from 23:30, one a second: a bad time, a bad value, an impossible value and
    /// an extra cell every so often, the clock passing midnight on the way.
    static func log(rows: Int) -> String {
        var text = """
        ---
        record: perfusion-case
        case_id: CAP-1
        kind: ecmo
        date: 2026-05-02
        ---

        ## Captured readings

        | Time | Flow (L/min) | MAP (mmHg) | Note |
        |---|---|---|---|

        """
        for n in 0..<rows {
            let seconds = (23 * 3600 + 1_800 + n) % 86_400
            var time = String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
            if n % 997 == 5 { time = "later" }
            let flow = n % 613 == 7 ? "fast" : String(format: "%.1f", 4 + Double(n % 10) / 10)
            let pressure = n % 701 == 9 ? "900" : "\(60 + n % 15)"
            let extra = n % 509 == 11 ? " spare |" : ""
            text += "| \(time) | \(flow) | \(pressure) | row \(n) |\(extra)\n"
        }
        return text + "\n## Notes\n\nThe end.\n"
    }

    @Test(arguments: [3, 2_500])
    func runsOnAllCoresReadAsRowAfterRow(rows: Int) throws {
        let bytes = Array(Self.log(rows: rows).utf8)
        var oneByOne = LogReader(), inRuns = LogReader()
        oneByOne.concurrentTableRows = .max
        inRuns.concurrentTableRows = 2
        let expected = oneByOne.read(bytes, from: "capture.md"), found = inRuns.read(bytes, from: "capture.md")
        let record = try #require(expected.record)
        #expect(found.record == record)
        #expect(found.diagnostics == expected.diagnostics)
        if rows == 2_500 {
            // The check is not empty: readings on two days, notes and warnings from the rows.
            #expect(record.readings.count == 2_497)
            #expect(Set(record.readings.map(\.time.date)).count == 2)
            #expect(record.notes.count == 3 + 5 + 1)
            #expect(expected.diagnostics.count > 10)
        }
    }
}
