import PerfusioCore

/// The front matter keys Perfusio reads, with their synonyms, in one table.
public enum FrontMatterKeys {
    /// Top-level keys: header fields and the team, patient and circuit blocks.
    public static let header: Set<String> = [
        "record", "case_id", "kind", "mode", "date", "institution", "theatre", "location", "procedure", "urgency",
        "indication", "team", "patient", "circuit",
    ]

    /// Team keys and the role each names; any other key is `TeamRole.other`, keeping the key as written.
    public static let teamRoles: [(key: String, role: TeamRole)] = [
        ("surgeon", .surgeon), ("assistant_surgeon", .assistantSurgeon), ("surgical_assistant", .assistantSurgeon),
        ("anaesthetist", .anaesthetist), ("anesthetist", .anaesthetist), ("anaesthesiologist", .anaesthetist),
        ("anesthesiologist", .anaesthetist), ("intensivist", .intensivist), ("nurse", .nurse), ("scrub_nurse", .nurse),
        ("perfusionist", .primaryPerfusionist), ("primary_perfusionist", .primaryPerfusionist),
        ("lead_perfusionist", .primaryPerfusionist),
        ("second_perfusionist", .firstAssistantPerfusionist), ("assistant_perfusionist", .firstAssistantPerfusionist),
        ("first_assistant", .firstAssistantPerfusionist), ("first_assistant_perfusionist", .firstAssistantPerfusionist),
        ("instructor", .instructorPerfusionist), ("instructor_perfusionist", .instructorPerfusionist),
        ("supervisor", .supervisorPerfusionist), ("supervising_perfusionist", .supervisorPerfusionist),
        ("student", .studentPerformed), ("student_perfusionist", .studentPerformed),
        ("observer", .studentObserved), ("student_observer", .studentObserved),
        ("standby", .standbyPerfusionist), ("standby_perfusionist", .standbyPerfusionist),
        ("ecmo_specialist", .ecmoSpecialist), ("ecls_specialist", .ecmoSpecialist),
    ]

    /// The key the writer uses for each role.
    public static func key(for role: TeamRole) -> String? {
        switch role {
        case .primaryPerfusionist: "perfusionist"
        case .firstAssistantPerfusionist: "second_perfusionist"
        case .studentPerformed: "student_perfusionist"
        case .studentObserved: "student_observer"
        case .other: nil
        default: teamRoles.first { $0.role == role }?.key
        }
    }

    /// Credentials recognised after a name (`J. Marsh CCP`).
    public static let credentials: Set<String> = [
        "CCP", "CCT", "ECCP", "CPC", "FACCP", "LP", "RN", "MD", "PhD", "CCPA", "AACP", "EBCP", "FFICM", "FRCA",
        "FRACS", "FRCS", "MBBS", "BSc", "MSc", "CCP(A)", "CCPE", "CPT", "CEP", "RRT", "FANZCA", "FCICM",
    ]

    /// Patient keys and their synonyms.
    public static let patient: [String: String] = [
        "name": "name", "mrn": "mrn", "hospital_number": "mrn", "urn": "mrn", "nhi": "mrn", "dob": "dob",
        "date_of_birth": "dob", "sex": "sex", "gender": "sex", "height": "height", "weight": "weight",
        "blood_group": "blood_group", "blood_type": "blood_group", "allergies": "allergies", "preop": "preop",
        "age": "age",
    ]

    /// Circuit keys for cannulae and their roles.
    public static let cannulae: [String: Cannula.Role] = [
        "arterial_cannula": .arterial, "aortic_cannula": .arterial, "venous_cannula": .venous,
        "distal_perfusion_cannula": .distalPerfusion, "other_cannula": .other,
    ]

    /// Circuit keys for autologous priming (volume removed from the prime).
    public static let autologousPrime: Set<String> = [
        "retrograde_autologous_prime", "autologous_prime", "rap", "vap", "venous_antegrade_prime",
    ]

    /// Words for sex (lower case).
    public static let sex: [String: Sex] = [
        "male": .male, "m": .male, "female": .female, "f": .female, "other": .other, "unknown": .unknown, "u": .unknown,
    ]
}
