/// The patient: identifiers kept apart from the clinical data, so de-identification removes one field.
public struct Patient: Hashable, Sendable, Codable {
    /// Direct identifiers. Never logged, never exported unless asked.
    public var identity: PatientIdentity
    public var sex: Sex?
    public var height: Quantity?
    public var weight: Quantity?
    public var bloodGroup: String?
    public var allergies: [String]
    /// Pre-operative values (Hb, Hct, creatinine, LVEF…), each with its unit.
    public var preoperative: [PreoperativeValue]
    /// Age in whole years when no date of birth is given (registries, de-identified records).
    public var ageYears: Int?
    public var origin: Origin?

    public init(identity: PatientIdentity = PatientIdentity(), sex: Sex? = nil, height: Quantity? = nil,
                weight: Quantity? = nil, bloodGroup: String? = nil, allergies: [String] = [],
                preoperative: [PreoperativeValue] = [], ageYears: Int? = nil, origin: Origin? = nil) {
        self.identity = identity
        self.sex = sex
        self.height = height
        self.weight = weight
        self.bloodGroup = bloodGroup
        self.allergies = allergies
        self.preoperative = preoperative
        self.ageYears = ageYears
        self.origin = origin
    }

    /// Weight in kilograms, converted from whatever unit was written.
    public var weightKilograms: Double? { weight?.value(in: .kilograms) }
    /// Height in centimetres, converted from whatever unit was written.
    public var heightCentimetres: Double? { height?.value(in: .centimetres) }
}

/// The patient's direct identifiers (HIPAA Safe Harbor items 1, 3 and 8).
public struct PatientIdentity: Hashable, Sendable, Codable {
    public var name: String?
    /// Medical record number, kept as written (`00482913`).
    public var recordNumber: String?
    public var dateOfBirth: CaseDate?
    public init(name: String? = nil, recordNumber: String? = nil, dateOfBirth: CaseDate? = nil) {
        self.name = name
        self.recordNumber = recordNumber
        self.dateOfBirth = dateOfBirth
    }
    /// True when no identifier is present.
    public var isEmpty: Bool { name == nil && recordNumber == nil && dateOfBirth == nil }
}

public enum Sex: String, Sendable, Codable, CaseIterable { case male, female, other, unknown }

/// A pre-operative value: `hb: 13.2 g/dL`, `lvef: 45 %`.
public struct PreoperativeValue: Hashable, Sendable, Codable {
    /// The key as written (`hb`, `hct`, `creatinine`, `lvef`).
    public var name: String
    public var quantity: Quantity?
    /// The text as written, kept when it is not a number with a unit.
    public var text: String
    public var origin: Origin?
    public init(name: String, quantity: Quantity?, text: String, origin: Origin? = nil) {
        self.name = name
        self.quantity = quantity
        self.text = text
        self.origin = origin
    }
}
