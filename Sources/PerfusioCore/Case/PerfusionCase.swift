/// One perfusion case record: the single model every reader produces and every writer, rule and report reads.
///
/// ```swift
/// let result = LogReader().read(bytes, from: "adult-cabg.md")
/// if let record = result.record { print(record.header.caseID, record.events.count) }
/// ```
public struct PerfusionCase: Hashable, Sendable, Codable {
    public var header: CaseHeader
    public var team: [TeamMember]
    public var patient: Patient
    public var circuit: Circuit
    /// Timed events in time order (stable for equal times).
    public var events: [CaseEvent]
    /// Readings in time order; typed and captured readings together, told apart by their origin.
    public var readings: [Reading]
    public var fluids: [FluidEntry]
    public var bloodProducts: [BloodProduct]
    /// True when the log says no blood products were given (`Blood products: none`), as opposed to not saying.
    public var noBloodProducts: Bool
    public var checklist: [ChecklistItem]
    public var notes: [Note]
    /// The handover text from the log, as written (Markdown).
    public var handover: String?

    public init(header: CaseHeader, team: [TeamMember] = [], patient: Patient = Patient(), circuit: Circuit = Circuit(),
                events: [CaseEvent] = [], readings: [Reading] = [], fluids: [FluidEntry] = [],
                bloodProducts: [BloodProduct] = [], noBloodProducts: Bool = false, checklist: [ChecklistItem] = [],
                notes: [Note] = [], handover: String? = nil) {
        self.header = header
        self.team = team
        self.patient = patient
        self.circuit = circuit
        self.events = events
        self.readings = readings
        self.fluids = fluids
        self.bloodProducts = bloodProducts
        self.noBloodProducts = noBloodProducts
        self.checklist = checklist
        self.notes = notes
        self.handover = handover
    }

    /// Events of one kind, in time order.
    public func events(_ kind: EventKind) -> [CaseEvent] { events.filter { $0.kind == kind } }

    /// The patient's age in whole years on the case date, from the date of birth or the recorded age.
    public var patientAgeYears: Int? {
        if let dob = patient.identity.dateOfBirth { return header.date.years(since: dob) }
        return patient.ageYears
    }

    /// The patient's age in whole months on the case date, when the date of birth is known.
    public var patientAgeMonths: Int? {
        patient.identity.dateOfBirth.map { header.date.months(since: $0) } ?? patient.ageYears.map { $0 * 12 }
    }
}

/// The issue text calls the model `CaseRecord`; both names mean the same type.
public typealias CaseRecord = PerfusionCase
