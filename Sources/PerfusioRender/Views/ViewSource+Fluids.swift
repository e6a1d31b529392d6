import PerfusioCore

extension ViewSource {
    /// The fluid balance on bypass with its parts (DOMAIN.md §1.7): what went in, what came out, the balance.
    var fluidBalanceSection: ValueSection? {
        guard let b = figures.fluidBalance else { return nil }
        func part(_ label: String, _ value: Double, sign: String) -> LabeledValue? {
            value == 0 ? nil : row(label, "\(sign)\(NumberFormatting.fixed(value, digits: 0)) mL")
        }
        return section("Fluid balance on CPB", [
            part("Prime", b.prime, sign: "+"), part("Crystalloid and colloid", b.crystalloidAndColloid, sign: "+"),
            part("Cardioplegia (crystalloid part)", b.cardioplegiaCrystalloid, sign: "+"),
            part("Blood products", b.bloodProducts, sign: "+"), part("Cell saver", b.cellSaver, sign: "+"),
            part("Urine", b.urine, sign: "−"), part("Ultrafiltration", b.ultrafiltration, sign: "−"),
            part("Autologous prime removed", b.autologousPrimeRemoved, sign: "−"), part("Blood loss", b.otherRemoved, sign: "−"),
            row("Balance", "\(b.balance > 0 ? "+" : b.balance < 0 ? "−" : "")\(NumberFormatting.fixed(abs(b.balance), digits: 0)) mL"),
        ])
    }

    /// Every fluid entry as written, labelled with its kind.
    var fluidLines: [TimedLine] {
        record.fluids.map { f in
            TimedLine(time: f.time.map(time) ?? "", label: text.inline(Self.fluidLabel(f.kind)), detail: text.inline(f.text))
        }
    }

    /// Blood products as written, or a single line saying none were given when the log says so.
    var bloodProductLines: [TimedLine] {
        if record.bloodProducts.isEmpty {
            return record.noBloodProducts ? [TimedLine(time: "", label: text.inline("Blood products"), detail: text.inline("none given"))] : []
        }
        return record.bloodProducts.map { b in
            let amount = [b.units.map { "\($0) unit\($0 == 1 ? "" : "s")" }, b.volume?.description].compactMap { $0 }
            let detail = (amount.isEmpty ? b.text : amount.joined(separator: ", ")) + (b.inPrime ? " (in prime)" : "")
            return TimedLine(time: b.time.map(time) ?? "", label: text.inline(b.product.displayName), detail: text.inline(detail))
        }
    }

    /// `cell-saver` → `Cell saver`.
    static func fluidLabel(_ kind: FluidKind) -> String {
        label(kind.rawValue, separator: "-")
    }
}
