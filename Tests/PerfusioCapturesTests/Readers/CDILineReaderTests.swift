import Foundation
import PerfusioCaptures
import PerfusioCore
import Testing

@Suite("Terumo CDI line reader on the shared capture")
struct CDILineReaderTests {
    @Test func readsTheSampleLinesTheReadmeCounts() throws {
        let capture = try CaptureFixtures.cdi()
        #expect(capture.diagnostics == [])
        #expect(capture.device == "Terumo CDI 500")
        #expect(capture.samples.count == 3245)
        let markers = Dictionary(grouping: capture.samples, by: \.marker).mapValues(\.count)
        #expect(markers == [.timer: 3235, .store: 5, .afterRecalibration: 5])
    }

    @Test func recountsSampleLinesIndependentlyOfTheReader() throws {
        // A plain scan: a sample line is "[stamp] " + flag + HH:MM:SS + tab.
        let lines = try CaptureFixtures.rawLines(CaptureFixtures.cdiFile)
        var flags: [Character: Int] = [:]
        for line in lines {
            guard let close = line.firstIndex(of: "]") else { continue }
            let rest = line[line.index(close, offsetBy: 2)...]
            guard rest.count > 9, rest[rest.index(rest.startIndex, offsetBy: 9)] == "\t",
                  rest.dropFirst().prefix(8).filter({ $0 == ":" }).count == 2 else { continue }
            flags[rest.first!, default: 0] += 1
        }
        #expect(flags == [" ": 3235, "S": 5, "o": 5])
        let capture = try CaptureFixtures.cdi()
        #expect(capture.samples.filter { $0.marker == .store }.map(\.line) == [101, 611, 931, 2336, 2770])
    }

    @Test func classifiesHeaderBlocksRecalibrationsAndBlankLines() throws {
        let capture = try CaptureFixtures.cdi()
        let kinds = Dictionary(grouping: capture.framingLines, by: \.kind).mapValues(\.count)
        // 65 header blocks: a banner and a names line each (130), plus a stamp-only line each; 1 empty first line.
        #expect(kinds == [.header: 130, .blank: 66, .recalibration: 5])
        #expect(capture.framingLines.filter { $0.kind == .recalibration }.map(\.line) == [135, 906, 976, 2340, 2774])
        #expect(capture.framingLines.first == FramingLine(line: 1, kind: .blank))
        #expect(capture.samples.count + capture.framingLines.count == 3446)
    }

    @Test func keepsTheMonitorClockAndTheLoggerDate() throws {
        let capture = try CaptureFixtures.cdi()
        #expect(capture.samples.first?.deviceTime == TimeOfDay(text: "16:16:40"))
        #expect(capture.samples.last?.deviceTime == TimeOfDay(text: "21:38:47"))
        #expect(capture.samples.allSatisfy { $0.deviceDate == nil })
        #expect(Set(capture.samples.compactMap { $0.loggerTime?.date }) == [CaseDate(year: 2026, month: 4, day: 14)!])
        #expect(capture.samples.first?.loggerTime == CaseTime(iso: "2026-04-14 15:57:00"))
    }

    @Test func arterialRangesMatchTheReadme() throws {
        let samples = try CaptureFixtures.cdi().samples
        let expected: [(Parameter, ClosedRange<Double>)] = [
            (.ph, 7.32...7.53), (.pco2, 23...54), (.po2, 86...402), (.arterialOutletTemperature, 28.6...36.8),
            (.bicarbonate, 15...29), (.baseExcess, -9...5), (.sao2, 96...100), (.potassium, 4.0...9.4),
        ]
        for (parameter, range) in expected {
            #expect(CaptureFixtures.range(parameter, in: samples) == range, "\(parameter)")
            #expect(samples.allSatisfy { $0.values[parameter]?.quantity != nil }, "\(parameter) present in every sample")
        }
        #expect(samples.first?.values[.sao2] == ReadingValue(quantity: Quantity(100, .percent, fractionDigits: 0)))
        #expect(samples.first?.values[.pco2]?.quantity == Quantity(28, .mmHg, fractionDigits: 0))
    }

    @Test func blankChannelsStayAbsent() throws {
        let samples = try CaptureFixtures.cdi().samples
        let blank: [Parameter] = [.oxygenConsumption, .pumpFlow, .venousPH, .venousPCO2, .venousPO2,
                                  .venousInflowTemperature, .svo2, .hct, .hb]
        for parameter in blank {
            #expect(samples.allSatisfy { $0.values[parameter] == nil }, "\(parameter)")
        }
    }
}
