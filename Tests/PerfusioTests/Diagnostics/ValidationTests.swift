import PerfusioCore
import Testing
@testable import Perfusio

@Suite struct ValidationTests {
    @Test func sortsByPlaceKeepingTheOrderOfEqualPlaces() {
        let at = { (line: Int, column: Int) in SourceLocation(file: "a.md", line: line, column: column) }
        let list: [Diagnostic] = [
            .error("c", "c", at: at(9, 1)), .error("b", "b", at: at(3, 7)), .warning("d", "d"),
            .error("a", "a", at: at(3, 2)), .error("b2", "b2", at: at(3, 7)),
        ]
        #expect(Validation.sorted(list).map(\.id) == ["d", "a", "b", "b2", "c"])
    }
}
