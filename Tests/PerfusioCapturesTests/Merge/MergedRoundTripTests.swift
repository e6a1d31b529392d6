import Foundation
import Perfusio
import PerfusioCaptures
import PerfusioCore
import PerfusioTestSupport
import Testing

/// A record merged with the CDI capture and the ABL samples of the same experiment, written as XML and as Markdown
/// and read back: the same readings, origins (kind and device) and flags.
@Suite("Merged record round trip")
struct MergedRoundTripTests {
    static let table = FormatTable.standard(schemas: Fixtures.packageRoot.appendingPathComponent("schemas"))
    static let recordPath = "Tests/PerfusioCLITests/Inputs/porcine-2026027.md"

    static func merged() throws -> (typed: PerfusionCase, merged: PerfusionCase) {
        let loaded = RecordLoader(formats: table).load(Fixtures.packageRoot.appendingPathComponent(recordPath), displayPath: recordPath)
        let typed = try #require(loaded.record)
        #expect(!loaded.diagnostics.hasErrors)
        let result = CaptureMerger(rules: try CaptureFixtures.artefactRules())
            .merge([try CaptureFixtures.cdi(), try CaptureFixtures.abl()], into: typed)
        return (typed, result.record)
    }

    /// What must survive a round trip: time, sample, origin kind and device, and each value's number, text, flags and rule.
    struct Kept: Hashable {
        var time: CaseTime
        var sample: SampleType?
        var kind: Origin.Kind?
        var device: String?
        var values: [Parameter: [String]]

        init(_ r: Reading) {
            time = r.time
            sample = r.sample
            kind = r.origin?.kind
            device = r.origin?.device
            values = r.values.mapValues { v in [v.quantity?.description ?? "-", v.text, v.excludedBy ?? "-"] + v.flags }
        }
    }

    static func roundTrip(_ record: PerfusionCase, as format: RecordFormat, name: String) throws -> PerfusionCase {
        let text = try #require(table.writer(for: format)).write(record)
        let back = try #require(table.reader(for: format)).read(Array(text.utf8), from: name)
        #expect(back.diagnostics.filter { $0.severity == .error } == [], "\(format)")
        return try #require(back.record)
    }

    @Test(arguments: [RecordFormat.xml, .markdown])
    func keepsReadingsOriginsAndFlags(_ format: RecordFormat) throws {
        let (typed, merged) = try Self.merged()
        #expect(merged.readings.count == typed.readings.count + 3245 + 81)
        #expect(merged.readings.contains { !$0.values.values.allSatisfy { $0.flags.isEmpty } })
        #expect(merged.readings.contains { $0.values.values.contains { $0.excludedBy != nil } })
        let back = try Self.roundTrip(merged, as: format, name: "merged.\(format.fileExtension)")
        #expect(back.readings.map(Kept.init) == merged.readings.map(Kept.init))
        #expect(back.readings.filter { $0.origin?.kind != .captured }.map(Kept.init) == typed.readings.map(Kept.init))
    }

    @Test(arguments: [RecordFormat.xml, .markdown])
    func keepsOutOfRangeTokensWithTheirFlagAndRule(_ format: RecordFormat) throws {
        let fields = ["7.41", "---", " 120", "-.-"] + Array(repeating: "    ", count: 14)
        let log = "[2026-04-14 16:00:00.000]  16:19:46\t" + fields.joined(separator: "\t") + "\r\n"
        let capture = try CaptureReader(mapping: CaptureFixtures.mapping("terumo-cdi500.yaml")).read(Array(log.utf8), from: "cdi.log")
        let merged = CaptureMerger(rules: try CaptureFixtures.artefactRules()).merge([capture], into: MergeFixtures.record()).record
        let captured = try #require(merged.readings.first { $0.origin?.kind == .captured })
        #expect(captured.values[.pco2] == ReadingValue(quantity: nil, text: "---", flags: ["out-of-range"], excludedBy: "artefact.out-of-range"))
        let back = try Self.roundTrip(merged, as: format, name: "merged.\(format.fileExtension)")
        #expect(back.readings.map(Kept.init) == merged.readings.map(Kept.init))
    }

    @Test func writtenRecordsHoldNoNameFromTheAnalyserExport() throws {
        let (_, merged) = try Self.merged()
        for format in [RecordFormat.xml, .markdown] {
            let text = try #require(Self.table.writer(for: format)).write(merged)
            for word in ["MAP2", "Coronarz", "Pulmonarz", "Anonymous", "Fyziologicky"] {
                #expect(!text.contains(word), "\(format) \(word)")
            }
        }
    }
}
