import PerfusioCaptures
import PerfusioCore
import PerfusioTestSupport
import Testing

@Suite("Merging captures into a record")
struct CaptureMergerTests {
    static func merge(_ captures: [Capture], into record: PerfusionCase = MergeFixtures.record(),
                      clockOffset: Int? = nil) throws -> CaptureMerger.Result {
        CaptureMerger(rules: try CaptureFixtures.artefactRules()).merge(captures, into: record, clockOffset: clockOffset)
    }

    @Test func estimatesTheCDIOffsetFromTheLoggerStampsAsTheReadmeSays() throws {
        let merged = try Self.merge([CaptureFixtures.cdi()])
        let summary = try #require(merged.summaries.first)
        #expect(summary.clockOffset == ClockOffset(seconds: 1186, source: .loggerStamps(range: 1180...1187, samples: 3245)))
        #expect(summary.first == MergeFixtures.time("15:56:54"))
        #expect(summary.last == MergeFixtures.time("21:19:01"))
        #expect(merged.diagnostics.first == CaptureDiagnostics.clockOffset(
            "Terumo CDI 500 clock minus wall clock: +1186 s (estimated from the logger time stamps: 1180 to 1187 s over 3245 samples)",
            at: SourceLocation(file: CaptureFixtures.cdiFile, line: 1)))
    }

    @Test func recomputesTheOffsetIndependentlyFromTheRawLines() throws {
        // Monitor clock minus logger stamp (rounded to the second), from plain string slicing.
        var differences: [Int] = []
        for line in try CaptureFixtures.rawLines(CaptureFixtures.cdiFile) where line.count > 35 && line.hasPrefix("[") {
            let chars = Array(line)
            guard chars[35] == "\t", let logger = Self.seconds(String(chars[12..<20])),
                  let ms = Int(String(chars[21..<24])), let monitor = Self.seconds(String(chars[27..<35])) else { continue }
            differences.append(monitor - (logger + (ms >= 500 ? 1 : 0)))
        }
        #expect(differences.count == 3245)
        #expect(differences.min() == 1180 && differences.max() == 1187)
        #expect(differences.sorted()[differences.count / 2] == 1186)
    }

    static func seconds(_ hms: String) -> Int? {
        let p = hms.split(separator: ":").compactMap { Int($0) }
        return p.count == 3 ? p[0] * 3600 + p[1] * 60 + p[2] : nil
    }

    @Test func addsCapturedReadingsWithTheirOriginAndNeverChangesTypedOnes() throws {
        let record = MergeFixtures.record()
        let merged = try Self.merge([CaptureFixtures.cdi(), CaptureFixtures.abl()], into: record)
        let readings = merged.record.readings
        #expect(readings.count == 5 + 3245 + 81)
        #expect(readings.filter { $0.origin?.kind != .captured } == record.readings)
        #expect(readings.map(\.time) == readings.map(\.time).sorted())
        let first = try #require(readings.first { $0.origin?.device == "Terumo CDI 500" })
        #expect(first.origin == Origin(.captured, at: SourceLocation(file: CaptureFixtures.cdiFile, line: 2), device: "Terumo CDI 500"))
        #expect(first.time == MergeFixtures.time("15:56:54"))
        let abl = readings.filter { $0.origin?.device == "Radiometer ABL800 FLEX" }
        #expect(abl.count == 81)
        #expect(Dictionary(grouping: abl, by: \.sample).mapValues(\.count) == [.arterial: 19, .venous: 53, .mixedVenous: 8, .notSpecified: 1])
    }

    @Test func keepsBothValuesAndWarnsWhenTypedAndCapturedDisagree() throws {
        var readings = MergeFixtures.storeBloodGases
        readings.append(MergeFixtures.typed("16:00", line: 30, [.ph: Quantity(7.20, .unitless)]))
        let merged = try Self.merge([CaptureFixtures.cdi()], into: MergeFixtures.record(readings: readings.sorted { $0.time < $1.time }))
        let warnings = merged.diagnostics.filter { $0.id == CaptureDiagnostics.disagreement.id }
        #expect(warnings.map(\.location) == [SourceLocation(file: "case.md", line: 30)])
        #expect(warnings.first?.related.first?.file == CaptureFixtures.cdiFile)
        #expect(merged.record.readings.contains(MergeFixtures.typed("16:00", line: 30, [.ph: Quantity(7.20, .unitless)])))
    }

    @Test func estimatesTheOffsetFromStoreEventsWithoutLoggerStamps() throws {
        var capture = try CaptureFixtures.cdi()
        for i in capture.samples.indices { capture.samples[i].loggerTime = nil }
        let merged = try Self.merge([capture])
        // Store events at 16:25:51, 17:13:39, 17:43:26, 19:55:00, 20:35:32 against typed 16:06 … 20:16: differences
        // 1191, 1179, 1166, 1200, 1172 s; their median is 1179 s.
        #expect(merged.summaries.first?.clockOffset == ClockOffset(seconds: 1179, source: .matchedEvents(matched: 5, events: 5)))
    }

    @Test func usesAGivenOffsetAndSaysSo() throws {
        let merged = try Self.merge([CaptureFixtures.cdi()], clockOffset: -60)
        #expect(merged.summaries.first?.clockOffset == ClockOffset(seconds: -60, source: .given))
        #expect(merged.summaries.first?.first == MergeFixtures.time("16:17:40"))
    }

    @Test func assumesZeroWithAWarningWhenNothingTellsTheOffset() throws {
        var capture = try CaptureFixtures.cdi()
        for i in capture.samples.indices { capture.samples[i].loggerTime = nil }
        let merged = try Self.merge([capture], into: MergeFixtures.record(readings: []))
        #expect(merged.summaries.first?.clockOffset == ClockOffset(seconds: 0, source: .assumed))
        #expect(merged.diagnostics.map(\.id).contains(CaptureDiagnostics.clockUnknown.id))
    }

    @Test func placesBareTimesAcrossMidnight() throws {
        let samples = ["23:59:58", "00:00:04"].enumerated().map {
            CapturedSample(line: $0.offset + 1, deviceTime: TimeOfDay(text: $0.element)!, values: [.pumpFlow: ReadingValue(quantity: Quantity(4.5, .litresPerMinute))])
        }
        var record = MergeFixtures.record(readings: [])
        record.events = [CaseEvent(time: MergeFixtures.time("22:00"), kind: .ecmoOn, text: "ECMO on")]
        let merged = try Self.merge([Capture(device: "Pump", file: "pump.csv", samples: samples)], into: record, clockOffset: 0)
        #expect(merged.record.readings.map(\.time) == [MergeFixtures.time("23:59:58"), CaseTime(iso: "2026-04-15 00:00:04")!])
    }

    @Test func summaryCountsValidAndExcludedValuesPerParameter() throws {
        let summary = try #require(try Self.merge([CaptureFixtures.cdi()]).summaries.first)
        var ph = ParameterSummary(unit: .unitless)
        ph.valid = 3238
        ph.excluded = 7
        ph.excludedBy = ["artefact.recalibration": 7]
        ph.min = 7.32
        ph.max = 7.53
        #expect(summary.parameters[.ph] == ph)
        #expect(summary.parameters.keys.sorted() == [.arterialOutletTemperature, .ph, .pco2, .po2, .sao2, .potassium, .baseExcess, .bicarbonate])
        if let failure = Golden.check(ImportSummaryRenderer.text([summary]), against: "Tests/PerfusioCapturesTests/Golden/cdi-summary.txt") {
            Issue.record(Comment(rawValue: failure))
        }
        if let failure = Golden.check(ImportSummaryRenderer.json([summary]), against: "Tests/PerfusioCapturesTests/Golden/cdi-summary.json") {
            Issue.record(Comment(rawValue: failure))
        }
    }
}
