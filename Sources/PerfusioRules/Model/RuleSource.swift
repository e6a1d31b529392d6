/// Where a rule comes from: guideline or study, year, and recommendation class or strength where there is one.
public struct RuleSource: Hashable, Sendable {
    /// Short name (`EACTS/EACTA/EBCP`, `STS/SCA/AmSECT`, `ELSO`, `institutional practice`).
    public var guideline: String
    public var year: Int?
    /// Recommendation class (`I`, `IIa`, `IIb`, `III`) where the guideline gives one.
    public var recommendationClass: String?
    /// DOMAIN.md strength letter: G guideline, C consensus, S study, QI quality indicator, P practice.
    public var strength: String?
    /// Full reference (authors, journal, doi).
    public var reference: String?

    public init(guideline: String, year: Int? = nil, recommendationClass: String? = nil, strength: String? = nil,
                reference: String? = nil) {
        self.guideline = guideline
        self.year = year
        self.recommendationClass = recommendationClass
        self.strength = strength
        self.reference = reference
    }

    /// `EACTS/EACTA/EBCP 2019`: what a finding's text shows in brackets.
    public var citation: String { year.map { "\(guideline) \($0)" } ?? guideline }

    static let keys: Set<String> = ["guideline", "year", "class", "strength", "reference"]

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(Self.keys)
        guideline = try fields.requiredString("guideline")
        year = try fields.number("year").map { Int($0) }
        recommendationClass = try fields.string("class")
        strength = try fields.string("strength")
        reference = try fields.string("reference")
    }
}
