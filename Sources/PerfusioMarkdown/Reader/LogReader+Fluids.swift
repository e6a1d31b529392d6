import PerfusioCore

extension LogReader.Session {
    /// Fluids and blood products: list items `label: amount` (``FluidPhrases``); `Blood products: none`.
    mutating func readFluids(_ blocks: [MarkdownBlock], section: LogSection) {
        var placer = ClockPlacer(startingOn: record.header.date)
        for block in blocks {
            guard let items = listItems(block) else {
                keepUnparsed(body.text(block.span), section: section, at: body.location(block.span),
                             message: "fluids are written as list items `- Urine: 380 mL`; this is kept as a note")
                continue
            }
            for item in items {
                guard let paragraph = item.paragraph, !item.hasMoreBlocks else {
                    keepUnparsed(body.text(item.span), section: section, at: body.location(item.span))
                    continue
                }
                let text = body.text(paragraph)
                let location = body.location(paragraph)
                if !readFluidLine(text, at: location, placer: &placer) {
                    keepUnparsed(text, section: section, at: location,
                                 message: "no fluid or blood product is named here; this line is kept as a note")
                }
            }
        }
    }

    /// Reads one line; false when it names no fluid or product.
    private mutating func readFluidLine(_ text: String, at location: SourceLocation, placer: inout ClockPlacer) -> Bool {
        let (label, value) = Self.labelAndValue(text)
        let origin = Origin.typed(at: location)
        let time = Self.parentheticalTime(value, placer: &placer)
        if FluidPhrases.isBloodProductLabel(label) {
            if FluidPhrases.none.contains(Phrase.normalise(value)) {
                record.noBloodProducts = true
                return true
            }
            guard let product = FluidPhrases.bloodProduct(in: value) else { return false }
            record.bloodProducts.append(Self.bloodProduct(product, value: value, text: text, time: time, origin: origin))
            return true
        }
        if label.isEmpty, FluidPhrases.none.contains(Phrase.normalise(value)) { return false }
        if let kind = FluidPhrases.fluid(in: label) {
            let volume = QuantityScanner.first(value, in: [.volume])
            var crystalloid: Quantity?
            if kind == .cardioplegia, let r = value.range(of: "crystalloid", options: .caseInsensitive) {
                crystalloid = QuantityScanner.first(String(value[r.upperBound...]), in: [.volume])
            }
            record.fluids.append(FluidEntry(kind: kind, volume: volume, crystalloidPart: crystalloid, time: time,
                                            text: text, origin: origin))
            return true
        }
        if let product = FluidPhrases.bloodProduct(in: label) {
            record.bloodProducts.append(Self.bloodProduct(product, value: value, text: text, time: time, origin: origin))
            return true
        }
        return false
    }

    static func bloodProduct(_ kind: BloodProductKind, value: String, text: String, time: CaseTime?, origin: Origin) -> BloodProduct {
        let words = value.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: ",;)") }
        var units: Int?
        for (i, w) in words.enumerated() where i + 1 < words.count && unitWords.contains(words[i + 1]) {
            if let n = Int(w) { units = n; break }
        }
        let normal = Phrase.normalise(value)
        return BloodProduct(product: kind, units: units, volume: QuantityScanner.first(value, in: [.volume]), time: time,
                            inPrime: Phrase.containsWords(normal, "in prime") || Phrase.containsWords(normal, "prime"),
                            text: text, origin: origin)
    }

    /// Words counting blood product units.
    static let unitWords: Set<String> = ["unit", "units", "u", "pool", "pools", "bag", "bags", "pack", "packs", "adult dose", "dose", "doses"]

    /// `Urine on CPB: 380 mL` → (`Urine on CPB`, `380 mL`); without a colon, the words before the first number.
    static func labelAndValue(_ text: String) -> (String, String) {
        if let colon = text.firstIndex(of: ":"), !(text[..<colon].last?.isNumber ?? false) {
            return (String(text[..<colon]).trimmed, String(text[text.index(after: colon)...]).trimmed)
        }
        let label = text.prefix { !$0.isNumber }
        return (String(label).trimmed, String(text.dropFirst(label.count)).trimmed)
    }

    /// The first `(…)` holding a time (`(2026-05-04 03:00)`, `(09:40)`).
    static func parentheticalTime(_ text: String, placer: inout ClockPlacer) -> CaseTime? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inner = String(rest[rest.index(after: open)..<close]).trimmed
            if let t = cellTime(inner, placer: &placer) { return t }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }
}
