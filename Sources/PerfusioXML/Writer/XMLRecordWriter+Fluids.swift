import PerfusioCore

extension XMLRecordWriter {
    /// Writes fluids, the explicit "no blood products", and blood products.
    func writeFluids(_ record: PerfusionCase, to out: XMLOutput) {
        writeList("fluids", record.fluids, to: out) { fluid in
            out.start("fluid")
            out.attribute("kind", fluid.kind.rawValue)
            out.time("time", fluid.time)
            out.origin(fluid.origin)
            out.quantity("volume", fluid.volume)
            out.quantity("crystalloid-part", fluid.crystalloidPart)
            out.element("text", text: fluid.text)
            out.end()
        }
        if record.noBloodProducts {
            out.start("no-blood-products")
            out.end()
        }
        writeList("blood-products", record.bloodProducts, to: out) { product in
            out.start("blood-product")
            out.attribute("product", product.product.rawValue)
            out.attribute("units", product.units.map(String.init))
            out.time("time", product.time)
            out.attribute("in-prime", product.inPrime ? "true" : nil)
            out.origin(product.origin)
            out.quantity("volume", product.volume)
            out.element("text", text: product.text)
            out.end()
        }
    }

    func writeChecklist(_ items: [ChecklistItem], to out: XMLOutput) {
        writeList("checklist", items, to: out) { item in
            out.start("item")
            out.attribute("checked", item.isChecked ? "true" : "false")
            out.origin(item.origin)
            out.text(item.text)
            out.end()
        }
    }

    func writeNotes(_ notes: [Note], to out: XMLOutput) {
        writeList("notes", notes, to: out) { note in
            out.start("note")
            out.attribute("section", note.section)
            out.attribute("unparsed", note.isUnparsed ? "true" : nil)
            out.origin(note.origin)
            out.text(note.text)
            out.end()
        }
    }
}
