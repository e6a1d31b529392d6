import PerfusioCore

extension XMLRecordWriter {
    /// Writes the circuit, or nothing when the record says nothing about it.
    func writeCircuit(_ circuit: Circuit, to out: XMLOutput) {
        guard circuit != Circuit() else { return }
        out.start("circuit")
        out.origin(circuit.origin)
        for component in circuit.components { writeLabeled("component", component, to: out) }
        for cannula in circuit.cannulae {
            out.start("cannula")
            out.attribute("role", cannula.role.rawValue)
            out.origin(cannula.origin)
            out.quantity("size", cannula.size)
            out.element("site", text: cannula.site)
            out.element("text", text: cannula.text)
            out.end()
        }
        for item in circuit.prime {
            writeNamedAmount("prime", name: item.name, "amount", item.amount, text: item.text, origin: item.origin, to: out)
        }
        out.quantity("autologous-prime-removed", circuit.autologousPrimeRemoved)
        out.end()
    }
}
