import PerfusioCore

extension XMLCaseMapper {
    func header(_ e: DOMElement) -> CaseHeader? {
        guard let id = e.attribute("id"), let kind = choice(e, "kind", as: CaseKind.self),
              let date = e.attribute("date").flatMap(CaseDate.init(iso:)) else { return nil }
        return CaseHeader(caseID: id, kind: kind, date: date, mode: e.childText("mode"), institution: e.childText("institution"),
                          location: e.childText("location"), procedure: e.childText("procedure"),
                          urgency: choice(e, "urgency", as: Urgency.self), indication: e.childText("indication"),
                          otherFields: e.children("field").map { labeled($0) }, origin: origin(e))
    }

    func member(_ e: DOMElement) -> TeamMember? {
        guard let role = choice(e, "role", as: TeamRole.self) else { return nil }
        return TeamMember(role: role, name: e.childText("name") ?? "", credentials: e.childText("credentials"),
                          supervisor: e.childText("supervisor"), origin: origin(e))
    }

    mutating func patient(_ e: DOMElement) -> Patient {
        Patient(
            identity: Self.identity(e.child("identity")),
            sex: choice(e, "sex", as: Sex.self), height: quantity(e.child("height")), weight: quantity(e.child("weight")),
            bloodGroup: e.childText("blood-group"), allergies: e.children("allergy").map(\.text),
            preoperative: e.children("preop").map { p in
                PreoperativeValue(name: p.attribute("name") ?? "", quantity: quantity(p.child("quantity")),
                                  text: p.childText("text") ?? "", origin: origin(p))
            },
            ageYears: count(e, "age-years"), origin: origin(e))
    }
}

extension XMLCaseMapper {
    /// The patient's identifiers under `root` (`/case/patient/identity`), also when the rest cannot be mapped, so
    /// every message can be cleared of them.
    static func identity(in root: DOMElement) -> PatientIdentity {
        identity(root.child("patient")?.child("identity"))
    }

    private static func identity(_ e: DOMElement?) -> PatientIdentity {
        PatientIdentity(name: e?.childText("name"), recordNumber: e?.childText("mrn"),
                        dateOfBirth: e?.childText("dob").flatMap(CaseDate.init(iso:)))
    }
}
