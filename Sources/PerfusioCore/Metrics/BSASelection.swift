/// How the BSA formula for a case is chosen.
///
/// DOMAIN.md §1.1: "the profile selects one (default: DuBois for age ≥ 18, Haycock below)"; issue #3 adds
/// "Haycock recommended below 1 year or 10 kg". Both are offered; the DOMAIN.md default is the default.
public enum BSASelection: Hashable, Sendable, Codable {
    /// Always this formula.
    case fixed(BSAFormula)
    /// DuBois for adults, Haycock for children, where `rule` says who is a child.
    case byAge(PaediatricBSARule)

    /// DOMAIN.md §1.1's default: DuBois at 18 years or older, Haycock below.
    public static let standard = BSASelection.byAge(.under18Years)

    /// The formula for a patient of `ageYears`, `ageMonths` and `weightKilograms` (any may be unknown).
    ///
    /// When the age is unknown, a weight under 10 kg selects Haycock (no adult weighs that), otherwise DuBois.
    public func formula(ageYears: Int?, ageMonths: Int?, weightKilograms: Double?) -> BSAFormula {
        switch self {
        case .fixed(let formula): return formula
        case .byAge(let rule): return rule.isChild(ageYears: ageYears, ageMonths: ageMonths, weightKilograms: weightKilograms)
            ? .haycock : .dubois
        }
    }
}

/// Who counts as a child for the choice of Haycock over DuBois.
public enum PaediatricBSARule: String, Hashable, Sendable, Codable, CaseIterable {
    /// Younger than 18 years (DOMAIN.md §1.1 default).
    case under18Years = "under-18-years"
    /// Younger than 1 year or lighter than 10 kg (issue #3 wording).
    case underOneYearOrTenKilograms = "under-1-year-or-10-kg"

    /// True when the patient counts as a child under this rule.
    public func isChild(ageYears: Int?, ageMonths: Int?, weightKilograms: Double?) -> Bool {
        let light = weightKilograms.map { $0 < 10 } ?? false
        switch self {
        case .under18Years:
            guard let age = ageYears else { return light }
            return age < 18
        case .underOneYearOrTenKilograms:
            let infant = ageMonths.map { $0 < 12 } ?? ageYears.map { $0 < 1 } ?? false
            return infant || light
        }
    }
}
