import Foundation
import PerfusioCore
import Testing
@testable import PerfusioMarkdown

@Test func dumpForDebugging() throws {
    guard ProcessInfo.processInfo.environment["DUMP"] != nil else { return }
    for name in ["adult-cabg.md", "paediatric-vsd.md", "va-ecmo-run.md", "broken-timeline.md"] {
        let r = try readExample(name)
        print("=== \(name)")
        for d in r.diagnostics { print(Found(d), d.message) }
        guard let c = r.record else { continue }
        print(c.header.caseID, c.header.kind, c.header.date, c.header.location ?? "-", c.header.otherFields)
        for m in c.team { print("team", m.role, m.name, m.credentials ?? "-", m.roleLabel ?? "-") }
        print("patient", c.patient.sex as Any, c.patient.height as Any, c.patient.weight as Any, c.patient.allergies, c.patient.preoperative.map { "\($0.name)=\($0.quantity?.description ?? "nil")" })
        print("circuit", c.circuit.components.map { "\($0.label)=\($0.text)" })
        for k in c.circuit.cannulae { print("cannula", k.role, k.size as Any, k.site ?? "-") }
        print("prime", c.circuit.prime.map { "\($0.name)=\($0.amount?.description ?? "nil")" }, c.circuit.autologousPrimeRemoved as Any)
        for e in c.events {
            let d = e.details
            print(e.time, e.kind, "|", e.text, "|", d.agent ?? "", d.dose.map { "\($0)" } ?? "", d.value.map { "\($0)" } ?? "",
                  d.doseNumber.map { "#\($0)" } ?? "", d.solution.map { "\($0)" } ?? "", d.routes, d.volume.map { "vol \($0)" } ?? "",
                  d.temperature.map { "temp \($0)" } ?? "", d.site ?? "", d.incoming ?? "", d.outgoing ?? "", d.cerebralPerfusion.map { "\($0)" } ?? "")
        }
        for r in c.readings.prefix(2) { print("reading", r.time, r.values.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value.quantity?.description ?? $0.value.text)" }, r.otherValues.map { "\($0.label)=\($0.text)" }) }
        print("readings", c.readings.count)
        for f in c.fluids { print("fluid", f.kind, f.volume as Any, f.crystalloidPart as Any, f.time as Any) }
        for b in c.bloodProducts { print("blood", b.product, b.units as Any, b.volume as Any, b.time as Any, b.inPrime) }
        print("noBlood", c.noBloodProducts)
        for i in c.checklist { print("check", i.isChecked, i.text) }
        for n in c.notes { print("note", n.section ?? "-", n.isUnparsed, n.text.debugDescription) }
        print("handover", c.handover.debugDescription)
    }
}

@Test func dumpWritten() throws {
    guard let name = ProcessInfo.processInfo.environment["DUMPW"] else { return }
    print(LogWriter().write(try #require(try readExample(name).record)))
}

@Test func dumpFile() throws {
    guard let path = ProcessInfo.processInfo.environment["DUMPF"] else { return }
    let r = LogReader().read(Array(try Data(contentsOf: URL(fileURLWithPath: path))), from: path)
    for d in r.diagnostics { print(Found(d), d.message) }
    guard let c = r.record else { print("NO RECORD"); return }
    for e in c.events { print(e.time, e.kind, "|", e.text) }
    let w = LogWriter().write(c)
    let again = try #require(LogReader().read(Array(w.utf8), from: "again").record)
    print("ROUNDTRIP", withoutLocations(again) == withoutLocations(c))
}
