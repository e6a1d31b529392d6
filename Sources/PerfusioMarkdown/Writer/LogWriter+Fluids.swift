import PerfusioCore

extension LogWriter {
    /// Fluid lines as written, then blood products, then `Blood products: none` when so recorded.
    func fluids(_ record: PerfusionCase) -> String? {
        var lines = record.fluids.map { $0.text.isEmpty ? Self.describe($0) : $0.text }
        lines += record.bloodProducts.map { $0.text.isEmpty ? Self.describe($0) : $0.text }
        if record.noBloodProducts { lines.append("Blood products: none") }
        return lines.isEmpty ? nil : lines.map { "- " + Self.listText($0) }.joined(separator: "\n")
    }

    /// `Urine: 380 mL` for an entry with no text of its own.
    static func describe(_ fluid: FluidEntry) -> String {
        var text = FluidPhrases.fluids.first { $0.kind == fluid.kind }?.phrase.capitalizedFirst ?? fluid.kind.rawValue
        text += ": " + (fluid.volume?.description ?? "")
        if let c = fluid.crystalloidPart { text += " (crystalloid fraction \(c))" }
        if let t = fluid.time { text += " (\(t))" }
        return text
    }

    /// `Blood products: red cells 2 units (2026-05-04 03:00)` for a product with no text of its own.
    static func describe(_ product: BloodProduct) -> String {
        var words = ["Blood products:", product.product.displayName.lowercased()]
        if let u = product.units { words.append("\(u) units") }
        if let v = product.volume { words.append(v.description) }
        if product.inPrime { words.append("(in prime)") }
        if let t = product.time { words.append("(\(t))") }
        return words.joined(separator: " ")
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
