import PerfusioCore

/// Applies HIPAA Safe Harbor (45 CFR §164.514(b)(2); DOMAIN.md §4) to one written cell.
///
/// The treatment comes from the field's source path (``SourcePath/safeHarbor``), never from the profile, so a
/// profile cannot leak a name by mislabelling a field. Coded fields keep their code: a code carries no free text.
struct SafeHarbor {
    /// The patient's age in whole years on the case date, when known.
    let ageYears: Int?

    /// Ages from this one on are written `90+` and birth dates are removed entirely (§164.514(b)(2)(i)(C)).
    static let oldestAgeShown = 89

    /// The cell's text after de-identification; nil when the value must be withheld.
    func apply(_ text: String, value: FieldValue, field: ProfileField) -> String? {
        switch field.source.safeHarbor {
        case .keep, .pseudonym: return text
        case .remove: return nil
        case .freeText: return field.type.isCoded ? text : nil
        case .ageGroup:
            guard let age = value.number else { return nil }
            return age > Double(Self.oldestAgeShown) ? "90+" : text
        case .yearOnly: return yearOnly(text, value: value, field: field)
        case .removeIdentifiers: return Self.mayHoldSerial(text) ? nil : text
        }
    }

    private func yearOnly(_ text: String, value: FieldValue, field: ProfileField) -> String? {
        let isBirth = field.source == .patient(.dateOfBirth)
        if isBirth, (ageYears ?? Int.max) > Self.oldestAgeShown { return nil }
        if field.type.isCoded { return text }
        switch value {
        case .date(let d): return String(d.year)
        case .moment(let t): return String(t.date.year)
        default: return nil
        }
    }

    /// True when a device text may carry a serial or lot number: four or more digits, or the words serial, SN, lot.
    static func mayHoldSerial(_ text: String) -> Bool {
        let digits = text.filter(\.isNumber).count
        let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
        return digits >= 4 || !words.isDisjoint(with: ["serial", "sn", "lot", "s/n"])
    }
}
