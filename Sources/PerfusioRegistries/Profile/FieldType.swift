/// The type of a field's written value.
public enum FieldType: String, Sendable, CaseIterable {
    case integer, decimal, text, code, date, year, age
    case yesNo = "yes-no"
    /// Date and time (`yyyy-MM-ddTHH:mm`).
    case datetime

    /// True when the written value is always one of the profile's codes (it can carry no free text).
    public var isCoded: Bool { self == .code || self == .yesNo }
    /// True for numbers checked against ranges.
    public var isNumeric: Bool { self == .integer || self == .decimal || self == .age }
}

/// One code of a coded field.
public struct FieldCode: Sendable, Equatable {
    /// The code as written into the submission.
    public var code: String
    /// What it means.
    public var meaning: String
    /// Source values (``FieldValue/matchKey``) that this code stands for.
    public var from: [String]
    public init(code: String, meaning: String, from: [String]) {
        self.code = code
        self.meaning = meaning
        self.from = from
    }
}
