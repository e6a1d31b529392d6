import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioMarkdown

/// Reads a fixture example with the log reader.
func readExample(_ name: String) throws -> ReadResult {
    LogReader().read(try Fixtures.bytes(Fixtures.example(name)), from: name)
}

/// Reads inline log text.
func readLog(_ text: String, file: String = "t.md") -> ReadResult {
    LogReader().read(Array(text.utf8), from: file)
}

/// A diagnostic's id, severity, line and column, for whole-value comparisons.
struct Found: Hashable, CustomStringConvertible {
    var id: String
    var severity: Severity
    var line: Int
    var column: Int
    init(_ id: String, _ severity: Severity, _ line: Int, _ column: Int) {
        self.id = id
        self.severity = severity
        self.line = line
        self.column = column
    }
    init(_ d: Diagnostic) {
        self.init(d.id, d.severity, d.location?.line ?? 0, d.location?.column ?? 0)
    }
    var description: String { "\(id) \(severity) \(line):\(column)" }
}

@Suite struct ExampleLogTests {
    @Test(arguments: Fixtures.goodExamples)
    func goodExamplesReadWithoutErrorsOrWarnings(name: String) throws {
        let result = try readExample(name)
        #expect(result.record != nil)
        #expect(result.diagnostics.map(Found.init) == [])
    }

    @Test func brokenFrontMatterIsAYAMLErrorOnTheWeightLine() throws {
        let result = try readExample("broken-front-matter.md")
        #expect(result.record == nil)
        #expect(result.diagnostics.map(Found.init) == [Found("yaml.syntax", .error, 9, 10)])
    }

    @Test func brokenTimelineGivesExactlyTheListedErrors() throws {
        let result = try readExample("broken-timeline.md")
        let errors = result.diagnostics.filter { $0.severity == .error }.map(Found.init)
        #expect(errors == [
            Found("read.patient.weight", .error, 11, 11),
            Found("read.time.invalid", .error, 21, 3),
            Found("read.unit.unknown", .error, 28, 11),
            Found("read.value.invalid", .error, 31, 26),
            Found("read.value.impossible", .error, 32, 37),
        ])
    }
}
