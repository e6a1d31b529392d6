import PerfusioCore

extension XMLCaseMapper {
    mutating func fluid(_ e: DOMElement) -> FluidEntry? {
        guard let kind = choice(e, "kind", as: FluidKind.self) else { return nil }
        return FluidEntry(kind: kind, volume: quantity(e.child("volume")), crystalloidPart: quantity(e.child("crystalloid-part")),
                          time: time(e, "time"), text: e.childText("text") ?? "", origin: origin(e))
    }

    mutating func bloodProduct(_ e: DOMElement) -> BloodProduct? {
        guard let product = choice(e, "product", as: BloodProductKind.self) else { return nil }
        return BloodProduct(product: product, units: count(e, "units"), volume: quantity(e.child("volume")),
                            time: time(e, "time"), inPrime: flag(e, "in-prime") ?? false, text: e.childText("text") ?? "",
                            origin: origin(e))
    }

    func checklistItem(_ e: DOMElement) -> ChecklistItem {
        ChecklistItem(text: e.text, isChecked: flag(e, "checked") ?? false, origin: origin(e))
    }

    func note(_ e: DOMElement) -> Note {
        Note(text: e.text, section: e.attribute("section"), isUnparsed: flag(e, "unparsed") ?? false, origin: origin(e))
    }
}
