import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioMarkdown

/// The record with every origin's location removed (kind and device kept), for comparing re-read records.
func withoutLocations(_ c: PerfusionCase) -> PerfusionCase {
    func o(_ origin: Origin?) -> Origin? { origin.map { Origin($0.kind, at: nil, device: $0.device) } }
    func l(_ t: [LabeledText]) -> [LabeledText] { t.map { var x = $0; x.origin = nil; return x } }
    var c = c
    c.header.origin = o(c.header.origin)
    c.header.otherFields = l(c.header.otherFields)
    c.team = c.team.map { var m = $0; m.origin = o(m.origin); return m }
    c.patient.origin = o(c.patient.origin)
    c.patient.preoperative = c.patient.preoperative.map { var v = $0; v.origin = o(v.origin); return v }
    c.circuit.origin = o(c.circuit.origin)
    c.circuit.components = l(c.circuit.components)
    c.circuit.cannulae = c.circuit.cannulae.map { var k = $0; k.origin = o(k.origin); return k }
    c.circuit.prime = c.circuit.prime.map { var p = $0; p.origin = o(p.origin); return p }
    c.events = c.events.map { var e = $0; e.origin = o(e.origin); return e }
    c.readings = c.readings.map { r in
        var r = r
        r.origin = o(r.origin)
        r.otherValues = l(r.otherValues).map { var x = $0; x.origin = nil; return x }
        r.values = r.values.mapValues { var v = $0; v.origin = o(v.origin); return v }
        return r
    }
    c.fluids = c.fluids.map { var f = $0; f.origin = o(f.origin); return f }
    c.bloodProducts = c.bloodProducts.map { var b = $0; b.origin = o(b.origin); return b }
    c.checklist = c.checklist.map { var i = $0; i.origin = o(i.origin); return i }
    c.notes = c.notes.map { var n = $0; n.origin = o(n.origin); return n }
    return c
}

@Suite struct RoundTripTests {
    @Test(arguments: Fixtures.goodExamples + ["broken-timeline.md"])
    func readWriteReadGivesAnEqualModel(name: String) throws {
        let first = try #require(try readExample(name).record)
        let written = LogWriter().write(first)
        let second = try #require(readLog(written, file: name).record)
        #expect(withoutLocations(second) == withoutLocations(first))
        #expect(LogWriter().write(second) == written)
    }
}

@Suite struct RoundTripEdgeTests {
    private func roundTrip(_ text: String) throws -> (PerfusionCase, PerfusionCase, String) {
        let first = try #require(readLog(text).record)
        let written = LogWriter().write(first)
        let second = try #require(readLog(written).record)
        return (first, second, written)
    }

    @Test func samplesRoundTrip() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("samples")
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? [] where file.hasSuffix(".md") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let (first, second, _) = try roundTrip(text)
            #expect(withoutLocations(second) == withoutLocations(first), "\(file)")
        }
    }

    @Test func capturedReadingsKeepDeviceFlagsAndExclusions() throws {
        let text = minimalHeader + """
        ## Captured readings

        | Time | Device | Flow L/min | T art °C | Mood |
        |---|---|---|---|---|
        | 09:05:10 | Terumo CDI 500 | 4.62 | 33.6 !drift | calm |
        | 09:05:20 | Terumo CDI 500 | 0.00 excluded:artefact.zero-flow | 33.60 !drift !E12 | a \\| b |
        """
        let (first, second, written) = try roundTrip(text)
        #expect(withoutLocations(second) == withoutLocations(first))
        #expect(written.contains("| 09:05:20 | Terumo CDI 500 | 0.00 excluded:artefact.zero-flow | 33.60 !drift !E12 | a \\| b |"))
        let r = try #require(first.readings.last)
        #expect(r.origin?.kind == .captured)
        #expect(r.origin?.device == "Terumo CDI 500")
        #expect(r.values[.pumpFlow]?.excludedBy == "artefact.zero-flow")
        #expect(r.values[.arterialOutletTemperature]?.flags == ["drift", "E12"])
        #expect(r.otherValues.map(\.text) == ["a | b"])
    }

    @Test func midnightUnknownSectionsUnparsedNotesAndOtherFields() throws {
        let text = """
        ---
        case_id: T-2
        kind: cpb
        date: 2026-01-01
        ward: 7B
        custom:
          nested: yes
        team:
          cardiologist: A. B
        patient:
          sex: bloke
        ---

        Stray line before any section.

        ## Events

        - 23:50 CPB on
        - 00:20 Cross-clamp on
        - 00:25 nonsense without time is fine
        - 00:95 Bad time
        - 2026-01-02 01:30 CPB off

        ## Readings

        | Time | MAP | Hb g/L | Sample |
        |---|---|---|---|
        | 23:55 | 55 | 95 | arterial |
        | 00:30 | 60 | sixty | venous |

        ## Fluids

        - Urine: 100 mL
        - Mystery bag: 20 mL

        ## Misc

        Something else.
        """
        let (first, second, _) = try roundTrip(text)
        #expect(withoutLocations(second) == withoutLocations(first))
        #expect(first.events.map(\.time.description) == ["2026-01-01 23:50", "2026-01-02 00:20", "2026-01-02 00:25", "2026-01-02 01:30"])
        #expect(first.header.otherFields.map(\.label) == ["ward", "custom.nested", "patient.sex"])
        #expect(first.notes.map(\.section) == [nil, "Events", "Fluids", "Misc"])
        #expect(first.readings.map { $0.sample } == [.arterial, .venous])
    }

    @Test func dateAfterPatientStillChecksTheBirthDate() throws {
        let text = "---\ncase_id: T\nkind: cpb\npatient:\n  dob: 2020-05-01\ndate: 2026-01-01\n---\n"
        let result = readLog(text)
        #expect(result.diagnostics.map(Found.init) == [])
        #expect(result.record?.patient.identity.dateOfBirth == CaseDate(year: 2020, month: 5, day: 1))
    }
}
