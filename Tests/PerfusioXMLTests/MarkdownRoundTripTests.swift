import Foundation
import PerfusioCore
import PerfusioMarkdown
import PerfusioTestSupport
import Testing
@testable import PerfusioXML

/// Every good example and every sample: Markdown → XML → Markdown → XML gives the same XML byte for byte, the
/// model loses no event, reading, fluid, checklist item or note, and each XML passes xmllint.
@Suite struct MarkdownRoundTripTests {
    static let inputs: [String] = Fixtures.goodExamples.map { "Tests/Fixtures/examples/\($0)" }
        + ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.packageRoot.appendingPathComponent("samples").path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { "samples/\($0)" }

    struct Trip {
        var first: PerfusionCase
        var firstXML: String
        var last: PerfusionCase
        var lastXML: String
    }

    static func trip(_ path: String) throws -> Trip {
        let bytes = try Fixtures.bytes(Fixtures.packageRoot.appendingPathComponent(path))
        let first = try #require(LogReader().read(bytes, from: path).record)
        let firstXML = XMLRecordWriter().write(first)
        let fromXML = TestSchema.reader(firstXML, source: "\(path).xml")
        #expect(fromXML.diagnostics == [])
        let markdown = LogWriter().write(try #require(fromXML.record))
        let again = try #require(LogReader().read(Array(markdown.utf8), from: "\(path).again.md").record)
        return Trip(first: first, firstXML: firstXML, last: again, lastXML: XMLRecordWriter().write(again))
    }

    @Test func thereAreInputs() { #expect(Self.inputs.count >= 3 + 3) }

    @Test(arguments: inputs)
    func xmlIsTheSameByteForByte(_ path: String) throws {
        let trip = try Self.trip(path)
        #expect(trip.firstXML == trip.lastXML, "\(Golden.diff(trip.firstXML, trip.lastXML))")
    }

    @Test(arguments: inputs)
    func nothingIsLost(_ path: String) throws {
        let trip = try Self.trip(path)
        let first = try ModelComparison.normalised(trip.first), last = try ModelComparison.normalised(trip.last)
        #expect(!first.events.isEmpty && !first.readings.isEmpty && !first.notes.isEmpty)
        #expect(last.events == first.events)
        #expect(last.readings == first.readings)
        #expect(last.fluids == first.fluids)
        #expect(last.bloodProducts == first.bloodProducts)
        #expect(last.checklist == first.checklist)
        #expect(last.notes == first.notes)
        #expect(last == first)
    }

    @Test(arguments: inputs)
    func xmlPassesXmllint(_ path: String) throws {
        let result = try xmllint(try Self.trip(path).firstXML)
        #expect(result.status == 0, "\(result.output)")
    }
}
