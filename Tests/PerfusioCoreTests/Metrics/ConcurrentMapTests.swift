import Testing
import PerfusioCore

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
}
