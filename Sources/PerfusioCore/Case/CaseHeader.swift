/// What a case is: its id, kind, date, place and procedure.
public struct CaseHeader: Hashable, Sendable, Codable {
    /// The site's case id (`SEC-2026-0412`). Not a patient identifier, but never used raw as a file path.
    public var caseID: String
    public var kind: CaseKind
    /// ECMO mode (VA, VV, VAV), IABP timing, VAD type: the mode of support where the kind has one.
    public var mode: String?
    /// The case's first calendar day; bare times in the log are placed from it.
    public var date: CaseDate
    public var institution: String?
    /// Theatre, ICU bed or other place.
    public var location: String?
    public var procedure: String?
    public var urgency: Urgency?
    public var indication: String?
    /// Header fields Perfusio has no slot for, kept in order as written.
    public var otherFields: [LabeledText]
    public var origin: Origin?

    public init(caseID: String, kind: CaseKind, date: CaseDate, mode: String? = nil, institution: String? = nil,
                location: String? = nil, procedure: String? = nil, urgency: Urgency? = nil, indication: String? = nil,
                otherFields: [LabeledText] = [], origin: Origin? = nil) {
        self.caseID = caseID
        self.kind = kind
        self.mode = mode
        self.date = date
        self.institution = institution
        self.location = location
        self.procedure = procedure
        self.urgency = urgency
        self.indication = indication
        self.otherFields = otherFields
        self.origin = origin
    }
}

/// A label and the text written beside it, kept as written.
public struct LabeledText: Hashable, Sendable, Codable {
    public var label: String
    public var text: String
    public var origin: Origin?
    public init(label: String, text: String, origin: Origin? = nil) {
        self.label = label
        self.text = text
        self.origin = origin
    }
}
