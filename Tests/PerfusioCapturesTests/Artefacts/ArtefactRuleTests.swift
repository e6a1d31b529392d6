import PerfusioCaptures
import PerfusioCore
import Testing

/// Each rule of `schemas/captures/artefacts.yaml` made to fire, and kept quiet.
@Suite("Artefact rules")
struct ArtefactRuleTests {
    /// Samples every 6 s from 10:00:00 with the given pO2 values (mmHg); nil leaves pO2 blank.
    static func po2Trace(_ values: [Double?], markers: [Int: SampleMarker] = [:]) -> [PlacedSample] {
        values.enumerated().map { i, v in
            var sample = CapturedSample(line: i + 1, deviceTime: TimeOfDay(secondsSinceMidnight: 36_000 + 6 * i),
                                        marker: markers[i] ?? .timer)
            if let v { sample.values[.po2] = ReadingValue(quantity: Quantity(v, .mmHg, fractionDigits: 0)) }
            return PlacedSample(sample: sample, time: CaseTime(date: CaseDate(year: 2026, month: 4, day: 14)!,
                                                              time: sample.deviceTime))
        }
    }

    static func excluded(_ placed: [PlacedSample], _ parameter: Parameter = .po2) -> [Int: String] {
        var out: [Int: String] = [:]
        for p in placed { if let rule = p.sample.values[parameter]?.excludedBy { out[p.sample.line] = rule } }
        return out
    }

    static func varying(_ count: Int) -> [Double?] { (0..<count).map { 300 + Double($0 % 7) } }

    @Test func outOfRangeTokensFireAndNumbersStayValid() throws {
        var trace = Self.po2Trace(Self.varying(4))
        trace[1].sample.values[.po2] = ReadingValue(quantity: nil, text: "---", flags: ["out-of-range"])
        trace[2].sample.values[.po2]?.flags = ["abl-93"]
        let result = try CaptureFixtures.artefactRules().apply(to: trace)
        #expect(Self.excluded(result) == [2: "artefact.out-of-range", 3: "artefact.out-of-range"])
        #expect(result[1].sample.values[.po2] == ReadingValue(quantity: nil, text: "---", flags: ["out-of-range"],
                                                              excludedBy: "artefact.out-of-range"))
        #expect(result[2].sample.values[.po2]?.quantity == Quantity(302, .mmHg, fractionDigits: 0))
    }

    @Test func impossibleValueFires() throws {
        var trace = Self.po2Trace(Self.varying(4))
        trace[3].sample.values[.ph] = ReadingValue(quantity: Quantity(9.1, .unitless))
        trace[0].sample.values[.ph] = ReadingValue(quantity: Quantity(7.4, .unitless))
        let result = try CaptureFixtures.artefactRules().apply(to: trace)
        #expect(Self.excluded(result, .ph) == [4: "artefact.impossible-value"])
        #expect(Self.excluded(result) == [:])
    }

    @Test func recalibrationFiresOnTheMarkedSampleAndTheNextSeconds() throws {
        var trace = Self.po2Trace(Self.varying(5), markers: [2: .afterRecalibration])
        trace[3].time = trace[2].time.adding(seconds: 2)
        let result = try CaptureFixtures.artefactRules().apply(to: trace)
        // Line 3 is the `o` sample at 10:00:12; line 4 (moved to 10:00:14) is within after_s 2; line 5 (10:00:24) is not.
        #expect(Self.excluded(result) == [3: "artefact.recalibration", 4: "artefact.recalibration"])
    }

    @Test func recalibrationStaysQuietWithoutARecalibration() throws {
        let result = try CaptureFixtures.artefactRules().apply(to: Self.po2Trace(Self.varying(5), markers: [2: .store]))
        #expect(Self.excluded(result) == [:])
    }

    @Test func spikeFiresOnOneSampleAwayFromAgreeingNeighbours() throws {
        let result = try CaptureFixtures.artefactRules().apply(to: Self.po2Trace([300, 302, 480, 301, 303]))
        #expect(Self.excluded(result) == [3: "artefact.spike"])
    }

    @Test func spikeStaysQuietOnAStepAndOnSparseSamples() throws {
        let rules = try CaptureFixtures.artefactRules()
        #expect(Self.excluded(rules.apply(to: Self.po2Trace([300, 302, 480, 478, 481]))) == [:])
        var sparse = Self.po2Trace([300, 480, 301])
        for i in sparse.indices { sparse[i].time = sparse[i].time.adding(seconds: Int64(i * 600)) }
        #expect(Self.excluded(rules.apply(to: sparse)) == [:])
    }

    @Test func flatLineFiresOnAFrozenSensor() throws {
        let frozen: [Double?] = [310, 311] + Array(repeating: 350, count: 60) + [312]
        let result = try CaptureFixtures.artefactRules().apply(to: Self.po2Trace(frozen))
        let expected = Dictionary(uniqueKeysWithValues: (3...62).map { ($0, "artefact.flat-line") })
        #expect(Self.excluded(result) == expected)
    }

    @Test func flatLineStaysQuietOnAShortPlateauAndOnParametersNotListed() throws {
        let rules = try CaptureFixtures.artefactRules()
        let plateau: [Double?] = [310] + Array(repeating: 350, count: 40) + [312]  // 234 s < 300 s
        #expect(Self.excluded(rules.apply(to: Self.po2Trace(plateau))) == [:])
        var trace = Self.po2Trace(Self.varying(80))
        for i in trace.indices { trace[i].sample.values[.sao2] = ReadingValue(quantity: Quantity(100, .percent)) }
        #expect(Self.excluded(rules.apply(to: trace), .sao2) == [:])
    }

    @Test func firstMatchingRuleWins() throws {
        // Line 3 is flagged, after a recalibration and a spike: the first rule in the file (out-of-range) names it.
        var trace = Self.po2Trace([300, 302, 480, 301, 303], markers: [2: .afterRecalibration])
        trace[2].sample.values[.po2]?.flags = ["out-of-range"]
        let result = try CaptureFixtures.artefactRules().apply(to: trace)
        #expect(Self.excluded(result) == [3: "artefact.out-of-range"])
    }

    @Test func realCDITraceKeepsAllButTheRecalibrationSamples() throws {
        let capture = try CaptureFixtures.cdi()
        let placed = capture.samples.map { PlacedSample(sample: $0, time: CaseTime(date: CaseDate(year: 2026, month: 4, day: 14)!,
                                                                                 time: $0.deviceTime)) }
        let result = try CaptureFixtures.artefactRules().apply(to: placed)
        let rules = Set(result.flatMap { $0.sample.values.values.compactMap(\.excludedBy) })
        #expect(rules == ["artefact.recalibration"])
        // 5 `o` samples, plus the duplicates logged in the same second after two of them (lines 2342, 2776).
        let lines = result.filter { $0.sample.values.values.contains { $0.excludedBy != nil } }.map(\.sample.line)
        #expect(lines == [136, 907, 977, 2341, 2342, 2775, 2776])
    }
}
