import Foundation
import PerfusioCaptures
import PerfusioCore
import Testing

@Suite("Radiometer ABL800 patient log through its mapping file")
struct ABLPatientLogTests {
    @Test func selectsOnePatientsSamples() throws {
        let capture = try CaptureFixtures.abl()
        #expect(capture.samples.count == 81)
        #expect(capture.unselectedSamples == 1907 - 81)
        #expect(capture.diagnostics == [CaptureDiagnostics.window(
            "1826 samples of other patients or outside the time window were left out",
            at: SourceLocation(file: CaptureFixtures.ablFile, line: 1))])
        let times = capture.samples.compactMap(\.deviceMoment).sorted()
        #expect(times.first == CaseTime(iso: "2026-04-14 14:36"))
        #expect(times.last == CaseTime(iso: "2026-04-14 21:03"))
        #expect(capture.samples.allSatisfy { $0.marker == .analysis })
    }

    @Test func keepsSampleTypes() throws {
        let types = Dictionary(grouping: try CaptureFixtures.abl().samples, by: { $0.sampleType }).mapValues(\.count)
        #expect(types == [.arterial: 19, .venous: 53, .mixedVenous: 8, .notSpecified: 1])
    }

    @Test func rangesMatchTheReadme() throws {
        let samples = try CaptureFixtures.abl().samples
        #expect(CaptureFixtures.range(.ph, in: samples) == 7.161...7.618)
        #expect(CaptureFixtures.range(.pco2, in: samples) == 16.4...69.3)
        #expect(CaptureFixtures.range(.po2, in: samples) == 25.3...360.0)
        #expect(samples.filter { $0.values[.po2] != nil }.count == 58)
        #expect(CaptureFixtures.range(.potassium, in: samples) == 3.5...6.2)
        #expect(CaptureFixtures.range(.lactate, in: samples) == 0.7...3.7)
        #expect(samples.allSatisfy { $0.values[.lactate]?.quantity?.unit == .millimolesPerLitre })
    }

    @Test func keepsErrorCodesAsFlags() throws {
        let samples = try CaptureFixtures.abl().samples
        #expect(samples.filter { $0.values[.ph]?.flags == ["abl-476"] }.count == 68)
        #expect(samples.filter { $0.values[.lactate]?.flags == ["abl-210"] }.count == 74)
        // A blank cell stays absent even when its error column holds codes (sO2: 20 blanks flagged 581/93, one `.....`).
        #expect(samples.filter { $0.values[.sao2] == nil }.count == 21)
        let latest = try #require(samples.first)
        #expect(latest.line == 6)
        #expect(latest.values[.ph] == ReadingValue(quantity: Quantity(7.284, .unitless, fractionDigits: 3)))
        let line9 = try #require(samples.first { $0.line == 9 })
        #expect(line9.values[.ph] == ReadingValue(quantity: Quantity(7.565, .unitless, fractionDigits: 3), flags: ["abl-476"]))
        #expect(line9.values[.hb] == ReadingValue(quantity: Quantity(7.6, .gramsPerDecilitre, fractionDigits: 1), flags: ["abl-581"]))
    }

    @Test func recountsPatientRowsIndependently() throws {
        // A plain scan: rows are CRLF-terminated, the patient id is the fourth quoted field, the sample type the seventh.
        let lines = try CaptureFixtures.rawLines(CaptureFixtures.ablFile, encoding: .windowsCP1252)
        let rows = lines.map { $0.components(separatedBy: "\";\"") }.filter { $0.count > 6 && $0[3] == "2026027" }
        #expect(rows.count == 81)
        #expect(rows.filter { $0[6] == "Arterial" }.count == 19)
        #expect(rows.filter { $0[6] == "Mixed venous" }.count == 8)
    }

    @Test func refusesToGuessThePatient() throws {
        let capture = try CaptureFixtures.abl(patient: nil)
        #expect(capture.samples.isEmpty)
        #expect(capture.diagnostics.map(\.id) == ["capture.patient.required"])
        #expect(capture.diagnostics.first?.location == SourceLocation(file: CaptureFixtures.ablFile, line: 1))
    }

    @Test func saysNothingMatchedWithoutEchoingTheId() throws {
        let capture = try CaptureFixtures.abl(patient: "no-such-pig")
        #expect(capture.samples.isEmpty)
        #expect(capture.diagnostics == [CaptureDiagnostics.patientNotFound(
            "no sample in the export belongs to the requested patient id",
            at: SourceLocation(file: CaptureFixtures.ablFile, line: 1))])
    }

    @Test func identifyingColumnsNeverReachDiagnostics() throws {
        let all = try [CaptureFixtures.abl(), CaptureFixtures.abl(patient: nil)].flatMap(\.diagnostics)
        for word in ["2026027", "MAP2", "Coronarz", "Anonymous", "Fyziologicky"] {
            #expect(all.allSatisfy { !$0.message.contains(word) }, "\(word)")
        }
    }
}
