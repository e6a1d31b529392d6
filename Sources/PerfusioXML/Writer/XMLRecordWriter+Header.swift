import PerfusioCore

extension XMLRecordWriter {
    func writeHeader(_ header: CaseHeader, to out: XMLOutput) {
        out.start("header")
        out.attribute("id", header.caseID)
        out.attribute("kind", header.kind.rawValue)
        out.attribute("date", header.date.description)
        out.attribute("urgency", header.urgency?.rawValue)
        out.origin(header.origin)
        out.element("mode", text: header.mode)
        out.element("institution", text: header.institution)
        out.element("location", text: header.location)
        out.element("procedure", text: header.procedure)
        out.element("indication", text: header.indication)
        for field in header.otherFields { writeLabeled("field", field, to: out) }
        out.end()
    }

    func writeTeam(_ team: [TeamMember], to out: XMLOutput) {
        writeList("team", team, to: out) { member in
            out.start("member")
            out.attribute("role", member.role.rawValue)
            out.origin(member.origin)
            out.element("name", text: member.name)
            out.element("credentials", text: member.credentials)
            out.element("supervisor", text: member.supervisor)
            out.end()
        }
    }

    func writePatient(_ patient: Patient, to out: XMLOutput) {
        out.start("patient")
        out.attribute("sex", patient.sex?.rawValue)
        out.attribute("age-years", patient.ageYears.map(String.init))
        out.origin(patient.origin)
        if !patient.identity.isEmpty {
            out.start("identity")
            out.element("name", text: patient.identity.name)
            out.element("mrn", text: patient.identity.recordNumber)
            out.element("dob", text: patient.identity.dateOfBirth?.description)
            out.end()
        }
        out.quantity("height", patient.height)
        out.quantity("weight", patient.weight)
        out.element("blood-group", text: patient.bloodGroup)
        for allergy in patient.allergies { out.element("allergy", text: allergy) }
        for value in patient.preoperative {
            writeNamedAmount("preop", name: value.name, "quantity", value.quantity, text: value.text, origin: value.origin, to: out)
        }
        out.end()
    }

    /// Writes `<element name="…"><amountElement value="…" unit="…"/><text>…</text></element>` (prime items, preop values).
    func writeNamedAmount(_ element: String, name: String, _ amountElement: String, _ amount: Quantity?, text: String,
                          origin: Origin?, to out: XMLOutput) {
        out.start(element)
        out.attribute("name", name)
        out.origin(origin)
        out.quantity(amountElement, amount)
        out.element("text", text: text)
        out.end()
    }

    /// Writes `<name label="…">text</name>` with the origin's attributes.
    func writeLabeled(_ name: String, _ item: LabeledText, inheriting inherited: OriginAttributes = .typed,
                      to out: XMLOutput) {
        out.start(name)
        out.attribute("label", item.label)
        out.origin(item.origin, inheriting: inherited)
        out.text(item.text)
        out.end()
    }
}
