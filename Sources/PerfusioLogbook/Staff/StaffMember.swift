import PerfusioCore

/// One person on the department's staff list: a stable id, the names they are written as, and certifications.
///
/// ```yaml
/// - id: jmarsh
///   name: Jane Marsh
///   aliases: [J. Marsh, JM]
///   student: false
///   certifications:
///     - credential: CCP
///       body: ABCP
///       since: 2014-09-20
/// ```
public struct StaffMember: Hashable, Sendable, Codable {
    /// Stable id (`jmarsh`): what `--person` names and what joins one person's cases across records.
    public var id: String
    /// The full name, for the logbook's heading.
    public var name: String
    /// Other spellings used in records (`J. Marsh`). The full name always matches too.
    public var aliases: [String]
    /// True for a perfusion student.
    public var isStudent: Bool
    public var certifications: [Certification]

    public init(id: String, name: String, aliases: [String] = [], isStudent: Bool = false,
                certifications: [Certification] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.isStudent = isStudent
        self.certifications = certifications
    }

    /// Every spelling this person is matched by: the full name and each alias.
    public var spellings: [String] { [name] + aliases }

    /// True when a certification was valid on `date` (from `since` through `until`, both inclusive).
    public func isCertified(on date: CaseDate) -> Bool {
        certifications.contains { $0.since <= date && ($0.until.map { date <= $0 } ?? true) }
    }
}

/// A credential held from a date (`CCP` from ABCP since 2014-09-20), optionally until a date.
public struct Certification: Hashable, Sendable, Codable {
    /// The credential as its body writes it (`CCP`, `ECCP`, `CCP(Aus)`).
    public var credential: String
    /// The certifying body (`ABCP`, `EBCP`, `ANZCP`).
    public var body: String?
    public var since: CaseDate
    public var until: CaseDate?

    public init(credential: String, body: String? = nil, since: CaseDate, until: CaseDate? = nil) {
        self.credential = credential
        self.body = body
        self.since = since
        self.until = until
    }
}
