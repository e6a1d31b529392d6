/// A cross-field check: `left op right`, e.g. `XClampTm <= PerfusTm` (DOMAIN.md §3.1, known validation checks).
public struct ConsistencyCheck: Sendable, Equatable {
    public enum Comparison: String, Sendable, CaseIterable {
        case lessOrEqual = "<=", less = "<", greaterOrEqual = ">=", greater = ">", equal = "=="
        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .lessOrEqual: a <= b
            case .less: a < b
            case .greaterOrEqual: a >= b
            case .greater: a > b
            case .equal: a == b
            }
        }
    }
    /// Stable id, e.g. `sts.xclamp.exceeds-perfusion`.
    public var id: String
    public var left: String
    public var comparison: Comparison
    public var right: String
    public var definedBy: String
    /// The profile line the check is written on.
    public var line: Int
    public init(id: String, left: String, comparison: Comparison, right: String, definedBy: String = "", line: Int = 0) {
        self.id = id
        self.left = left
        self.comparison = comparison
        self.right = right
        self.definedBy = definedBy
        self.line = line
    }
}
