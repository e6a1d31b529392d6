import PerfusioCore

extension SourcePath {
    /// Parses a path as written in a profile; nil when it is not in the vocabulary.
    /// Figure names are checked separately against ``RegistryFigures/names``.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let path = Self.parse(parts) else { return nil }
        self = path
    }

    private static func parse(_ p: [String]) -> SourcePath? {
        switch (p.first, p.count) {
        case ("case", 2) where p[1] == "id": return .caseIdentifier
        case ("record", 2): return p[1] == "notes" ? .notes : p[1] == "handover" ? .handover : nil
        case ("record", 3) where p[1] == "header": return HeaderField(rawValue: p[2]).map(SourcePath.header)
        case ("record", 4) where p[1] == "header" && p[2] == "field": return .headerField(p[3])
        case ("record", 3) where p[1] == "patient": return PatientField(rawValue: p[2]).map(SourcePath.patient)
        case ("record", 4) where p[1] == "patient" && p[2] == "preop": return .preoperative(p[3])
        case ("figures", 2): return p[1].isEmpty ? nil : .figure(p[1])
        case ("bloodProducts", 2) where p[1] == "given": return .bloodProductsGiven
        case ("bloodProducts", 3) where p[2] == "units": return bloodProductKinds[p[1]].map(SourcePath.bloodProductUnits)
        case ("readings", 3):
            guard let parameter = Parameter(rawValue: p[1]), let aggregate = ReadingAggregate(rawValue: p[2]) else { return nil }
            return .readings(parameter, aggregate)
        case ("events", 3):
            guard let kind = EventKind(rawValue: p[1]) else { return nil }
            return p[2] == "count" ? .eventCount(kind) : p[2] == "first" ? .eventTime(kind) : nil
        case ("fluids", 3) where p[2] == "volume": return FluidKind(rawValue: p[1]).map(SourcePath.fluidVolume)
        case ("circuit", 4) where p[1] == "cannulae" && p[3] == "sites": return Cannula.Role(rawValue: p[2]).map(SourcePath.cannulaSites)
        case ("circuit", 3) where p[1] == "component": return .component(p[2])
        case ("circuit", 2) where p[1] == "autologousPrimeRemoved": return .autologousPrimeRemoved
        case ("checklist", 2) where p[1] == "completed": return .checklistCompleted
        default: return nil
        }
    }

    /// Blood product kinds by the name profiles use (`redCells`, `plasma`, `cryoprecipitate`).
    static let bloodProductKinds: [String: BloodProductKind] = [
        "redCells": .redCells, "plasma": .plasma, "platelets": .platelets, "cryoprecipitate": .cryoprecipitate,
        "wholeBlood": .wholeBlood, "albumin": .albumin, "fibrinogenConcentrate": .fibrinogenConcentrate,
        "prothrombinComplex": .prothrombinComplex, "other": .other,
    ]

    /// What HIPAA Safe Harbor (DOMAIN.md §4) makes of this path's values in a de-identified submission.
    public var safeHarbor: SafeHarborTreatment {
        switch self {
        case .caseIdentifier: .pseudonym
        case .patient(.name), .patient(.familyName), .patient(.givenName), .patient(.recordNumber), .notes, .handover, .header(.caseID): .remove
        case .headerField, .header(.indication), .header(.procedure), .header(.location): .freeText
        case .patient(.dateOfBirth), .header(.date), .eventTime: .yearOnly
        case .patient(.age): .ageGroup
        case .component: .removeIdentifiers
        default: .keep
        }
    }
}

/// How a value is de-identified under HIPAA Safe Harbor (45 CFR §164.514(b)(2); DOMAIN.md §4).
public enum SafeHarborTreatment: String, Sendable {
    /// Not an identifier: kept.
    case keep
    /// A direct identifier (name, record number, site case id) or notes and handover: always removed.
    case remove
    /// Text as a person wrote it: removed from text fields; a coded field keeps its code, which carries no text.
    case freeText
    /// A date related to the person: the year only, and nothing when the patient is 90 or older.
    case yearOnly
    /// An age: whole years, `90+` from 90 on.
    case ageGroup
    /// Replaced by the case's pseudonymous id.
    case pseudonym
    /// Text that may carry serial or lot numbers: kept only when it holds no digit run of four or more.
    case removeIdentifiers
}
