import PerfusioCore

extension ViewSource {
    var caseSection: ValueSection? {
        let h = record.header
        return section("Case", [
            row("Case id", h.caseID), row("Kind", h.kind.displayName + (h.mode.map { " (\($0))" } ?? "")),
            row("Date", h.date.description), row("Institution", h.institution), row("Location", h.location),
            row("Procedure", h.procedure), row("Urgency", h.urgency?.rawValue), row("Indication", h.indication),
        ] + h.otherFields.map { row($0.label, $0.text) })
    }

    var teamSection: ValueSection? {
        section("Team", record.team.map { m in
            var name = m.name + (m.credentials.map { " \($0)" } ?? "")
            if let supervisor = m.supervisor { name += " (supervised by \(supervisor))" }
            return row(m.roleLabel ?? m.role.displayName, name)
        })
    }

    /// The patient's direct identifiers, kept in one marked block (a clinical document may show them; nothing logs them).
    var identitySection: ValueSection? {
        let id = record.patient.identity
        return section("Patient identifiers", [row("Name", id.name), row("Record number", id.recordNumber),
                                               row("Date of birth", id.dateOfBirth?.description)])
    }

    var patientSection: ValueSection? {
        let p = record.patient
        var rows = [row("Age", ageText), row("Sex", p.sex?.rawValue), row("Height", p.height?.description),
                    row("Weight", p.weight?.description), row("Body surface area", bsaText),
                    row("Target flow", targetFlowText), row("Blood group", p.bloodGroup),
                    row("Allergies", p.allergies.isEmpty ? nil : p.allergies.joined(separator: ", "))]
        rows += p.preoperative.map { row("Pre-op \(Self.preoperativeLabel($0.name))", $0.quantity?.description ?? $0.text) }
        return section("Patient", rows)
    }

    /// `67 years`, or `7 months` under two years.
    var ageText: String? {
        if let months = record.patientAgeMonths, months < 24, record.patient.identity.dateOfBirth != nil { return "\(months) months" }
        return record.patientAgeYears.map { "\($0) years" }
    }

    /// `1.98 m² (DuBois)`.
    var bsaText: String? {
        figures.bodySurfaceArea.map { "\(NumberFormatting.fixed($0.squareMetres, digits: 2)) m² (\($0.formula.displayName))" }
    }

    /// `4.74 L/min (cardiac index 2.4 L/min/m²)`.
    var targetFlowText: String? {
        figures.targetFlow.map {
            "\(NumberFormatting.fixed($0, digits: 2)) L/min (cardiac index \(NumberFormatting.trimmed(figures.options.cardiacIndex)) L/min/m²)"
        }
    }

    var circuitSection: ValueSection? {
        let c = record.circuit
        let components = c.components.map { row(componentLabel($0.label), $0.text) }
        let cannulae = c.cannulae.map { row(cannulaLabel($0.role), $0.text) }
        return section("Circuit", components + cannulae + [row("Autologous prime removed", c.autologousPrimeRemoved?.description)])
    }

    var primeSection: ValueSection? {
        let items = record.circuit.prime.map { row($0.name, $0.amount?.description ?? $0.text) }
        let total = record.circuit.primeVolumeMillilitres
        return section("Prime", items + [total > 0 ? row("Total volume", "\(NumberFormatting.trimmed(total)) mL") : nil])
    }

    /// A pre-operative key as people read it: a parameter's name (`hb` → `Hb`), `LVEF`, or the key as written.
    static func preoperativeLabel(_ key: String) -> String {
        let k = key.lowercased()
        if k == "lvef" { return "LVEF" }
        return Parameter(rawValue: k)?.displayName ?? key
    }

    /// `arterial_pump` → `Arterial pump`.
    func componentLabel(_ key: String) -> String {
        Self.label(key, separator: "_")
    }

    /// `key` with each `separator` read as a space and its first letter upper-cased (`cell-saver` → `Cell saver`).
    /// An ASCII key is rewritten byte by byte; any other goes through Foundation as before.
    static func label(_ key: String, separator: Unicode.Scalar) -> String {
        let words: String
        if key.utf8.allSatisfy({ $0 < 0x80 }), separator.isASCII {
            let from = UInt8(separator.value)
            words = String(decoding: key.utf8.map { $0 == from ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        } else {
            words = key.replacingOccurrences(of: String(separator), with: " ")
        }
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    func cannulaLabel(_ role: Cannula.Role) -> String {
        switch role {
        case .arterial: "Arterial cannula"
        case .venous: "Venous cannula"
        case .distalPerfusion: "Distal perfusion cannula"
        case .other: "Cannula"
        }
    }
}
