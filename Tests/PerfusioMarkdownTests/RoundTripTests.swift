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
