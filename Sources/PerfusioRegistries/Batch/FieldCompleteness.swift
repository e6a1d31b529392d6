/// How complete one field is across a batch's cases: counts of each cell status.
public struct FieldCompleteness: Sendable, Equatable {
    public var column: String
    public var meaning: String
    public var isRequired: Bool
    /// Cases by cell status.
    public var counts: [CellStatus: Int]

    public init(column: String, meaning: String, isRequired: Bool, counts: [CellStatus: Int]) {
        self.column = column
        self.meaning = meaning
        self.isRequired = isRequired
        self.counts = counts
    }

    public func count(_ status: CellStatus) -> Int { counts[status] ?? 0 }

    /// Cases where the field applies: filled, missing, absent (optional), withheld or invalid.
    public var applicable: Int { counts.filter { $0.key != .notApplicable }.values.reduce(0, +) }

    /// Filled (or withheld by de-identification, which had a value) over applicable; 1 when none applies.
    public var fraction: Double {
        applicable == 0 ? 1 : Double(count(.filled) + count(.withheld)) / Double(applicable)
    }

    /// Completeness of every field of `profile` over `rows`, in column order.
    public static func of(_ rows: [CaseRow], profile: RegistryProfile) -> [FieldCompleteness] {
        profile.fields.enumerated().map { i, field in
            var counts: [CellStatus: Int] = [:]
            for row in rows { counts[row.cells[i].status, default: 0] += 1 }
            return FieldCompleteness(column: field.column, meaning: field.meaning, isRequired: field.isRequired, counts: counts)
        }
    }
}
