/// One row of readings: a moment and any of the known parameters, each a quantity with its unit.
public struct Reading: Hashable, Sendable, Codable {
    public var time: CaseTime
    /// Values by parameter, each with its unit as written.
    public var values: [Parameter: ReadingValue]
    /// Cells under columns Perfusio does not know, kept as written with their column label.
    public var otherValues: [LabeledText]
    /// The sample a blood gas came from; nil means arterial or not stated.
    public var sample: SampleType?
    public var origin: Origin?

    public init(time: CaseTime, values: [Parameter: ReadingValue] = [:], otherValues: [LabeledText] = [],
                sample: SampleType? = nil, origin: Origin? = nil) {
        self.time = time
        self.values = values
        self.otherValues = otherValues
        self.sample = sample
        self.origin = origin
    }

    /// The valid value of `parameter` in `unit`, or nil when absent, excluded or not convertible.
    public func value(_ parameter: Parameter, in unit: ClinicalUnit? = nil) -> Double? {
        guard let v = values[parameter], v.isValid, let q = v.quantity else { return nil }
        return q.value(in: unit ?? parameter.canonicalUnit, substance: parameter.substance)
    }

    /// True when the reading's blood-gas values describe arterial blood (or the sample is not stated).
    public var isArterialOrUnstated: Bool { sample == nil || sample == .arterial || sample == .notSpecified }
}

/// One value in a reading.
public struct ReadingValue: Hashable, Sendable, Codable {
    /// The number and unit; nil when the cell held no number (then `text` says what it held).
    public var quantity: Quantity?
    /// The cell as written (`48`, `---`).
    public var text: String
    /// Device flags (`out-of-range`, analyser error codes).
    public var flags: [String]
    /// The artefact rule that excluded this value from figures and findings; nil when valid.
    public var excludedBy: String?
    public var origin: Origin?

    public init(quantity: Quantity?, text: String? = nil, flags: [String] = [], excludedBy: String? = nil, origin: Origin? = nil) {
        self.quantity = quantity
        self.text = text ?? quantity?.formattedValue ?? ""
        self.flags = flags
        self.excludedBy = excludedBy
        self.origin = origin
    }

    /// True when the value has a number and no artefact rule excluded it.
    public var isValid: Bool { quantity != nil && excludedBy == nil }
}

/// Blood sample type (as blood-gas analysers record it).
public enum SampleType: String, Sendable, Codable, CaseIterable {
    case arterial, venous, mixedVenous = "mixed-venous", capillary, notSpecified = "not-specified"
}
