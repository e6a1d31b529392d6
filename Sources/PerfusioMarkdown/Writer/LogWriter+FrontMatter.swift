import PerfusioCore
import PerfusioYAML

extension LogWriter {
    /// The YAML front matter: header, unknown fields, team, patient, circuit, in the documented order.
    func frontMatter(_ record: PerfusionCase) -> String {
        let h = record.header
        var root = YAMLTree()
        root.add("record", "perfusion-case")
        root.add("case_id", h.caseID)
        root.add("kind", h.kind.rawValue)
        root.add("mode", h.mode)
        root.add("date", h.date.description)
        root.add("institution", h.institution)
        root.add(h.kind == .cpb ? "theatre" : "location", h.location)
        root.add("procedure", h.procedure)
        root.add("urgency", h.urgency?.rawValue)
        root.add("indication", h.indication)
        root.addFields(h.otherFields.filter { !$0.label.hasPrefix("patient.") })
        root.add("team", team(record.team))
        root.add("patient", patient(record.patient, others: h.otherFields.filter { $0.label.hasPrefix("patient.") }))
        root.add("circuit", circuit(record.circuit))
        return SafeYAML.emit(root.value)
    }

    private func team(_ members: [TeamMember]) -> YAMLTree {
        var grouped: [(key: String, people: [String])] = []
        for m in members {
            let key = m.roleLabel ?? FrontMatterKeys.key(for: m.role) ?? "other"
            var text = ([m.name] + [m.credentials].compactMap { $0 }).joined(separator: " ")
            if let s = m.supervisor { text += " (supervised by \(s))" }
            if let i = grouped.firstIndex(where: { $0.key == key }) { grouped[i].people.append(text) } else { grouped.append((key, [text])) }
        }
        var tree = YAMLTree()
        for g in grouped { tree.add(g.key, g.people.count == 1 ? .scalar(g.people[0]) : .list(g.people)) }
        return tree
    }

    private func patient(_ p: Patient, others: [LabeledText]) -> YAMLTree {
        var tree = YAMLTree()
        tree.add("name", p.identity.name)
        tree.add("mrn", p.identity.recordNumber)
        tree.add("dob", p.identity.dateOfBirth?.description)
        tree.add("sex", p.sex?.rawValue)
        tree.add("age", p.ageYears.map(String.init))
        tree.add("height", p.height?.description)
        tree.add("weight", p.weight?.description)
        tree.add("blood_group", p.bloodGroup)
        if !p.allergies.isEmpty { tree.add("allergies", .list(p.allergies)) }
        var preop = YAMLTree()
        for v in p.preoperative { preop.add(v.name, v.text.isEmpty ? v.quantity?.description ?? "" : v.text) }
        tree.add("preop", preop)
        tree.addFields(others.map { LabeledText(label: String($0.label.dropFirst("patient.".count)), text: $0.text) })
        return tree
    }

    private func circuit(_ c: Circuit) -> YAMLTree {
        var tree = YAMLTree()
        tree.addFields(c.components)
        let keys: [(Cannula.Role, String)] = [(.arterial, "arterial_cannula"), (.venous, "venous_cannula"),
                                              (.distalPerfusion, "distal_perfusion_cannula"), (.other, "other_cannula")]
        for (role, key) in keys {
            let texts = c.cannulae.filter { $0.role == role }.map { k in
                k.text.isEmpty ? [k.size?.description, k.site].compactMap { $0 }.joined(separator: ", ") : k.text
            }
            if !texts.isEmpty { tree.add(key, texts.count == 1 ? .scalar(texts[0]) : .list(texts)) }
        }
        var prime = YAMLTree()
        for item in c.prime { prime.add(item.name, item.text.isEmpty ? item.amount?.description ?? "" : item.text) }
        tree.add("prime", prime)
        tree.add("retrograde_autologous_prime", c.autologousPrimeRemoved?.description)
        return tree
    }
}
