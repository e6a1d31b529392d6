import PerfusioCore
import PerfusioYAML

extension LogReader.Session {
    /// Reads `patient:`: identifiers apart from clinical values; weight and height must be positive.
    mutating func readPatient(_ entry: YAMLEntry) {
        guard let entries = block(entry) else { return }
        record.patient.origin = .typed(at: entry.keyLocation)
        for field in entries {
            switch FrontMatterKeys.patient[field.key.lowercased()] {
            case "name": record.patient.identity.name = text(field)
            case "mrn": record.patient.identity.recordNumber = text(field)
            case "dob": record.patient.identity.dateOfBirth = dateOfBirth(field)
            case "sex": readSex(field)
            case "height":
                record.patient.height = bodyMeasure(field, default: .centimetres, dimension: .length, range: 20...260,
                                                    code: MarkdownDiagnostics.patientHeight, what: "height")
            case "weight":
                record.patient.weight = bodyMeasure(field, default: .kilograms, dimension: .mass, range: 0.3...400,
                                                    code: MarkdownDiagnostics.patientWeight, what: "weight")
            case "blood_group": record.patient.bloodGroup = text(field)
            case "allergies": record.patient.allergies = list(field)
            case "preop": readPreoperative(field)
            case "age": record.patient.ageYears = text(field).flatMap { Int($0) }
            default:
                let kept = keepUnknown(field, prefix: "patient.")
                record.header.otherFields += kept
            }
        }
    }

    /// A scalar or a list of scalars, as a list.
    mutating func list(_ entry: YAMLEntry) -> [String] {
        if let items = entry.value.items { return items.compactMap(\.text) }
        return text(entry).map { [$0] } ?? []
    }

    private mutating func dateOfBirth(_ entry: YAMLEntry) -> CaseDate? {
        guard let t = text(entry) else { return nil }
        guard let d = CaseDate(iso: t), d <= record.header.date else {
            report(MarkdownDiagnostics.patientDateOfBirth("the date of birth must be yyyy-MM-dd and not after the case date",
                                                          at: entry.value.location))
            return nil
        }
        return d
    }

    private mutating func readSex(_ entry: YAMLEntry) {
        guard let t = text(entry) else { return }
        if let sex = FrontMatterKeys.sex[t.lowercased()] {
            record.patient.sex = sex
        } else {
            report(MarkdownDiagnostics.patientSex("`sex` should be male, female, other or unknown; kept as written",
                                                  at: entry.value.location))
            record.header.otherFields.append(LabeledText(label: "patient.\(entry.key)", text: t, origin: .typed(at: entry.value.location)))
        }
    }

    /// `82 kg`, `181 cm`, `6.4` (kg or cm assumed): positive and within `range` of the default unit.
    private mutating func bodyMeasure(_ entry: YAMLEntry, default unit: ClinicalUnit, dimension: Dimension,
                                      range: ClosedRange<Double>, code: DiagnosticCode, what: String) -> Quantity? {
        guard let t = text(entry) else { return nil }
        let q = Self.quantity(t) ?? Quantity(number: t, unit: unit)
        guard let q, q.unit.dimension == dimension, let v = q.value(in: unit), range.contains(v) else {
            report(code("the \(what) must be a positive number with a unit (e.g. `\(what == "weight" ? "82 kg" : "175 cm")`)",
                        at: entry.value.location))
            return nil
        }
        return q
    }

    private mutating func readPreoperative(_ entry: YAMLEntry) {
        guard let entries = entry.value.entries else {
            report(MarkdownDiagnostics.headerInvalid("`preop` must be `name: value` lines", at: entry.value.location))
            return
        }
        for e in entries {
            let t = text(e) ?? ""
            record.patient.preoperative.append(
                PreoperativeValue(name: e.key, quantity: Self.quantity(t), text: t, origin: .typed(at: e.value.location)))
        }
    }

    /// A text that is exactly one number and a known unit (`13.2 g/dL`, `45 %`), else nil.
    static func quantity(_ text: String) -> Quantity? {
        let found = QuantityScanner.scan(text)
        guard found.count == 1, let q = found[0].quantity, found[0].offset == 0 else { return nil }
        let words = text.split(separator: " ")
        return words.count <= 2 ? q : nil
    }
}
