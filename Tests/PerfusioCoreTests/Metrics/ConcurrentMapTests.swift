import Testing
@testable import PerfusioCore

@Suite struct ConcurrentMapTests {
    @Test func concurrentResultsKeepTheInputOrder() {
        let numbers = Array(0..<500)
        let squares = ConcurrentMap.map(numbers, concurrently: true) { $0 * $0 }
        #expect(squares == numbers.map { $0 * $0 })
    }

    @Test func oneAfterTheOtherGivesTheSameResults() {
        let words = ["flow", "map", "t_art", "hb"]
        #expect(ConcurrentMap.map(words, concurrently: false) { $0.uppercased() } == ["FLOW", "MAP", "T_ART", "HB"])
        #expect(ConcurrentMap.map(words, concurrently: true) { $0.uppercased() } == ["FLOW", "MAP", "T_ART", "HB"])
    }

    @Test func emptyAndSingleInputs() {
        #expect(ConcurrentMap.map([Int](), concurrently: true) { $0 + 1 } == [])
        #expect(ConcurrentMap.map([41], concurrently: true) { $0 + 1 } == [42])
    }

    @Test(arguments: [0, 1, 2, 3, 7, 2_001])
    func runsCoverEveryIndexOnceInOrder(count: Int) {
        let runs = ConcurrentMap.runs(of: count)
        #expect(runs.flatMap { Array($0) } == Array(0..<count))
        #expect(runs.count == max(1, min(ConcurrentMap.cores, count)))
    }

    /// A large record's columns, taken in runs on all cores, hold each parameter's cells in reading order, as a
    /// walk over the readings one by one gives them.
    @Test func aLargeRecordsColumnsAreTheReadingsCellsInOrder() {
        let date = CaseDate(year: 2026, month: 5, day: 2)!
        let readings = (0..<2_500).map { n in
            var values: [Parameter: ReadingValue] = [.map: ReadingValue(quantity: Quantity(Double(50 + n % 30), .mmHg))]
            if n % 3 == 0 { values[.pumpFlow] = ReadingValue(quantity: Quantity(4 + Double(n % 7) / 10, .litresPerMinute)) }
            if n % 1_000 == 999 { values[.hb] = ReadingValue(quantity: Quantity(9, .gramsPerDecilitre)) }
            return Reading(time: CaseTime(date: date, time: TimeOfDay(secondsSinceMidnight: 8 * 3600 + n)), values: values)
        }
        let record = PerfusionCase(header: CaseHeader(caseID: "T", kind: .ecmo, date: date), readings: readings)
        let columns = ReadingColumns(record)
        for parameter in [Parameter.map, .pumpFlow, .hb, .lactate] {
            let expected = readings.indices.compactMap { i in readings[i].values[parameter].map { (i, $0) } }
            let found = columns.cells[parameter] ?? []
            #expect(found.map(\.index) == expected.map(\.0))
            #expect(found.map(\.cell) == expected.map(\.1))
        }
        #expect(columns.cells[.hb]?.map(\.index) == [999, 1_999])
    }
}
