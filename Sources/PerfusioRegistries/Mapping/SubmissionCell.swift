/// One cell of a case's registry row: the text written (nil for an empty cell) and why it holds what it holds.
public struct SubmissionCell: Hashable, Sendable, Codable {
    public var text: String?
    public var status: CellStatus
    public init(_ text: String?, _ status: CellStatus) {
        self.text = text
        self.status = status
    }
}

/// Why a cell holds what it holds; the completeness report counts these.
public enum CellStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// A value was written.
    case filled
    /// Required and applicable, but the record does not hold it.
    case missing
    /// Optional and the record does not hold it.
    case absent
    /// The parent condition does not hold (STS: child fields stay empty).
    case notApplicable = "not-applicable"
    /// Removed by de-identification.
    case withheld
    /// The value is out of the hard limits or matches no code (an error in the case).
    case invalid
}
