/// A numeric band `min ≤ x < below`, either end optional (`age_years: {min: 18}`, `weight_kg: {below: 10}`).
public struct Band: Hashable, Sendable {
    public var min: Double?
    public var below: Double?

    public init(min: Double? = nil, below: Double? = nil) {
        self.min = min
        self.below = below
    }

    /// True when `x` is in the band.
    public func contains(_ x: Double) -> Bool { (min.map { x >= $0 } ?? true) && (below.map { x < $0 } ?? true) }

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(["min", "below"])
        min = try fields.number("min")
        below = try fields.number("below")
    }
}
