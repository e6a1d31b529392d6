/// `parent: {column: AortOccl, in: [Aortic Crossclamp, Balloon Occlusion]}`.
public struct FieldCondition: Sendable, Equatable {
    public var column: String
    /// Codes of the parent column for which this field applies.
    public var codes: [String]
    public init(column: String, codes: [String]) {
        self.column = column
        self.codes = codes
    }
}

/// A closed numeric range (either end may be open).
public struct ValueRange: Sendable, Equatable {
    public var low: Double?
    public var high: Double?
    public init(low: Double?, high: Double?) {
        self.low = low
        self.high = high
    }
    public func contains(_ v: Double) -> Bool { (low.map { v >= $0 } ?? true) && (high.map { v <= $0 } ?? true) }
}
