import PerfusioCore
import PerfusioYAML

extension LogReader.Session {
    /// Reads `circuit:`: components as written, cannulae with size (Fr) and site, the prime, autologous priming.
    mutating func readCircuit(_ entry: YAMLEntry) {
        guard let entries = block(entry) else { return }
        record.circuit.origin = .typed(at: entry.keyLocation)
        for field in entries {
            let key = field.key.lowercased()
            if key == "prime" {
                readPrime(field)
            } else if FrontMatterKeys.autologousPrime.contains(key) {
                record.circuit.autologousPrimeRemoved = text(field).flatMap(Self.quantity)
                if record.circuit.autologousPrimeRemoved == nil {
                    flatten(field.value, label: field.key, into: &record.circuit.components)
                }
            } else if let role = FrontMatterKeys.cannulae[key] {
                let values = field.value.items ?? [field.value]
                for case .scalar(let t, let l) in values {
                    record.circuit.cannulae.append(Self.cannula(t, role: role, at: l))
                }
            } else if case .null = field.value {
                continue
            } else {
                flatten(field.value, label: field.key, into: &record.circuit.components)
            }
        }
    }

    private mutating func readPrime(_ entry: YAMLEntry) {
        if case .null = entry.value { return }
        var items: [YAMLEntry] = entry.value.entries ?? []
        for item in entry.value.items ?? [] { items += item.entries ?? [] }
        if items.isEmpty, entry.value.entries == nil {
            report(MarkdownDiagnostics.headerInvalid("`prime` must be `name: amount` lines", at: entry.value.location))
        }
        for item in items {
            let t = item.value.text ?? ""
            record.circuit.prime.append(PrimeItem(name: item.key, amount: Self.quantity(t), text: t,
                                                  origin: .typed(at: item.keyLocation)))
        }
    }

    /// `22 Fr, ascending aorta` → 22 Fr at ascending aorta; `36/46 Fr two-stage, right atrium` → 46 Fr;
    /// `14 Fr SVC, 16 Fr IVC (bicaval)` → 16 Fr at `SVC, IVC (bicaval)`.
    static func cannula(_ text: String, role: Cannula.Role, at location: SourceLocation) -> Cannula {
        let parts = text.split(separator: ",").map { String($0).trimmed }
        var sizes: [Quantity] = []
        var sites: [String] = []
        var sizedRemainders: [String] = []
        for part in parts {
            let found = QuantityScanner.scan(part).compactMap(\.quantity).filter { $0.unit == .french }
            sizes += found
            if found.isEmpty { sites.append(part) } else { sizedRemainders.append(Self.removingSize(part)) }
        }
        if sites.isEmpty { sites = sizedRemainders.filter { !$0.isEmpty && !Self.isCannulaStyle($0) } }
        return Cannula(role: role, size: sizes.max { $0.value < $1.value }, site: sites.isEmpty ? nil : sites.joined(separator: ", "),
                       text: text, origin: .typed(at: location))
    }

    private static func removingSize(_ part: String) -> String {
        let words = part.split(separator: " ").map(String.init)
        var out: [String] = []
        var i = 0
        while i < words.count {
            if i + 1 < words.count, words[i + 1].lowercased() == "fr", words[i].first?.isNumber == true { i += 2; continue }
            if words[i].lowercased().hasSuffix("fr"), words[i].first?.isNumber == true { i += 1; continue }
            out.append(words[i])
            i += 1
        }
        return out.joined(separator: " ")
    }

    private static func isCannulaStyle(_ text: String) -> Bool {
        ["two-stage", "two stage", "single-stage", "single stage", "dual-stage", "multistage"].contains(text.lowercased())
    }
}
