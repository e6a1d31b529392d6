/// A person in the case team and what they did.
public struct TeamMember: Hashable, Sendable, Codable {
    public var role: TeamRole
    /// The name as written (`J. Marsh`), without credentials.
    public var name: String
    /// Credentials written after the name (`CCP`).
    public var credentials: String?
    /// For a student: their supervisor's name as written.
    public var supervisor: String?
    /// The role as written when Perfusio has no role for it (`scrub_nurse`, `cardiologist`); nil otherwise.
    public var roleLabel: String?
    public var origin: Origin?

    public init(role: TeamRole, name: String, credentials: String? = nil, supervisor: String? = nil,
                roleLabel: String? = nil, origin: Origin? = nil) {
        self.role = role
        self.name = name
        self.credentials = credentials
        self.supervisor = supervisor
        self.roleLabel = roleLabel
        self.origin = origin
    }
}

/// A role in the team. Perfusion roles follow the certifying boards' categories (primary, first assistant,
/// instructor, student performed or observed, standby).
public enum TeamRole: String, Sendable, Codable, CaseIterable {
    case surgeon, assistantSurgeon = "assistant-surgeon", anaesthetist, intensivist, nurse
    case primaryPerfusionist = "perfusionist"
    case firstAssistantPerfusionist = "first-assistant"
    case instructorPerfusionist = "instructor"
    case supervisorPerfusionist = "supervisor"
    case studentPerformed = "student-performed"
    case studentObserved = "student-observed"
    case standbyPerfusionist = "standby"
    case ecmoSpecialist = "ecmo-specialist"
    case other

    /// True for perfusionists and perfusion students, whose activity logs read this record.
    public var isPerfusion: Bool {
        switch self {
        case .surgeon, .assistantSurgeon, .anaesthetist, .intensivist, .nurse, .other: false
        default: true
        }
    }

    /// The name people read.
    public var displayName: String {
        switch self {
        case .primaryPerfusionist: "Perfusionist (primary)"
        case .firstAssistantPerfusionist: "Perfusionist (first assistant)"
        case .instructorPerfusionist: "Perfusionist (instructor)"
        case .supervisorPerfusionist: "Perfusionist (supervisor)"
        case .studentPerformed: "Student perfusionist (performed)"
        case .studentObserved: "Student perfusionist (observed)"
        case .standbyPerfusionist: "Perfusionist (standby)"
        case .ecmoSpecialist: "ECMO specialist"
        case .assistantSurgeon: "Assistant surgeon"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}
