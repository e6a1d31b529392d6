import PerfusioCore

/// The patient's age group on a logbook row: never the exact age (a logbook holds no patient identifier).
///
/// Bands: neonate under 1 month, infant 1 to 11 months, child 1 to 17 years, adult 18 and over. No certifying
/// body's cut-off for "paediatric" was found (LOGBOOK.md §4 item 9); profiles choose which groups count as
/// paediatric.
public enum AgeGroup: String, Sendable, Codable, CaseIterable, Comparable {
    case neonate, infant, child, adult, unknown

    /// The group of a case's patient, from the date of birth or recorded age.
    public init(of record: PerfusionCase) {
        if let months = record.patientAgeMonths, record.patient.identity.dateOfBirth != nil {
            self = months < 1 ? .neonate : months < 12 ? .infant : months < 18 * 12 ? .child : .adult
        } else if let years = record.patient.ageYears {
            self = years < 1 ? .infant : years < 18 ? .child : .adult
        } else {
            self = .unknown
        }
    }

    /// True for neonates, infants and children.
    public var isPaediatric: Bool { self == .neonate || self == .infant || self == .child }

    /// The name people read.
    public var displayName: String {
        switch self {
        case .neonate: "Neonate"
        case .infant: "Infant"
        case .child: "Child"
        case .adult: "Adult"
        case .unknown: "Not recorded"
        }
    }

    public static func < (a: AgeGroup, b: AgeGroup) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
