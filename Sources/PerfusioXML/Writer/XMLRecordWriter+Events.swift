import PerfusioCore

extension XMLRecordWriter {
    func writeEvents(_ events: [CaseEvent], to out: XMLOutput) {
        writeList("events", events, to: out) { event in
            let d = event.details
            out.start("event")
            out.time("time", event.time)
            out.attribute("kind", event.kind.rawValue)
            out.attribute("dose-number", d.doseNumber.map(String.init))
            out.attribute("solution", d.solution?.rawValue)
            out.attribute("routes", d.routes.isEmpty ? nil : d.routes.map(\.rawValue).joined(separator: " "))
            out.attribute("cerebral-perfusion", d.cerebralPerfusion?.rawValue)
            out.origin(event.origin)
            out.element("text", text: event.text)
            out.element("agent", text: d.agent)
            out.quantity("dose", d.dose)
            out.quantity("value", d.value)
            out.quantity("volume", d.volume)
            out.quantity("temperature", d.temperature)
            out.element("incoming", text: d.incoming)
            out.element("outgoing", text: d.outgoing)
            out.element("site", text: d.site)
            out.end()
        }
    }
}
