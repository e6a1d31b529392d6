import PerfusioCore

/// One column of a registry submission: what it means, how it is coded, where its value comes from,
/// when it is required and which values are plausible.
public struct ProfileField: Sendable {
    /// The registry's column (or element) name, e.g. `XClampTm`.
    public var column: String
    /// What the field means, in the registry's words.
    public var meaning: String
    public var type: FieldType
    /// Where the value comes from in the model or the derived figures.
    public var source: SourcePath
    /// For code fields: the codes, their meanings and the source values each stands for.
    public var codes: [FieldCode]
    /// For yes/no fields reading a text: yes when the text contains one of these words (case-insensitive).
    public var matches: [String]
    /// Required for every case the registry takes (when `parent`, if any, holds).
    public var isRequired: Bool
    /// The field applies only when another field has one of some codes (STS ParentShortName/ParentValue).
    public var parent: FieldCondition?
    /// Hard limits: a value outside is an error and holds the case out (STS LowValue/HighValue).
    public var limits: ValueRange?
    /// Usual range: a value outside is a warning (STS UsualRangeLow/High).
    public var usualRange: ValueRange?
    /// Decimals written for decimal fields.
    public var decimals: Int
    /// The unit numbers are written in (for the report), e.g. `min`, `°C`, `g/dL`.
    public var unit: String?
    /// Where this field's definition comes from.
    public var definedBy: String
    /// The profile line the field starts on, for diagnostics.
    public var line: Int

    public init(column: String, meaning: String = "", type: FieldType, source: SourcePath, codes: [FieldCode] = [],
                matches: [String] = [], isRequired: Bool = false, parent: FieldCondition? = nil,
                limits: ValueRange? = nil, usualRange: ValueRange? = nil, decimals: Int = 1, unit: String? = nil,
                definedBy: String = "", line: Int = 0) {
        self.column = column
        self.meaning = meaning
        self.type = type
        self.source = source
        self.codes = codes
        self.matches = matches
        self.isRequired = isRequired
        self.parent = parent
        self.limits = limits
        self.usualRange = usualRange
        self.decimals = decimals
        self.unit = unit
        self.definedBy = definedBy
        self.line = line
    }
}
