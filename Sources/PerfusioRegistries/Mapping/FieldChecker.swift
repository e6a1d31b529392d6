import PerfusioCore

/// Collects a case's issues while its row is built: uncoded values, limits, missing required fields and
/// cross-field consistency. Issues of fields whose parent condition fails are dropped (STS ignores them).
struct FieldChecker {
    let profile: RegistryProfile
    /// Where an issue points when its value carries no line (the record's header).
    let fallback: SourceLocation
    let caseIdentifier: String
    private var pending: [Int: [Diagnostic]] = [:]
    private(set) var issues: [Diagnostic] = []

    init(profile: RegistryProfile, fallback: SourceLocation, caseIdentifier: String) {
        self.profile = profile
        self.fallback = fallback
        self.caseIdentifier = caseIdentifier
    }

    private func path(_ column: String) -> String { "/\(profile.id)/\(caseIdentifier)/\(column)" }

    mutating func uncoded(_ field: ProfileField, _ value: SourceValue, index: Int, quoting: Bool) {
        let found = quoting ? " '\(value.value.formatted)'" : ""
        let expected = field.type == .code ? "one of \(field.codes.map(\.code).joined(separator: ", "))" : "a \(field.type.rawValue)"
        pending[index, default: []].append(RegistriesDiagnostics.fieldUncoded(
            "\(field.column): the value\(found) cannot be written as \(expected)",
            at: value.location ?? fallback, path: path(field.column)))
    }

    /// Checks hard limits (error) and the usual range (warning); returns the cell's status.
    mutating func range(_ field: ProfileField, _ value: SourceValue, index: Int) -> CellStatus {
        guard field.type.isNumeric, let number = value.value.number else { return .filled }
        let shown = "\(value.value.formatted)\(field.unit.map { " \($0)" } ?? "")"
        if let limits = field.limits, !limits.contains(number) {
            pending[index, default: []].append(RegistriesDiagnostics.fieldOutOfRange(
                "\(field.column): \(shown) is outside the limits \(Self.describe(limits))",
                at: value.location ?? fallback, path: path(field.column)))
            return .invalid
        }
        if let usual = field.usualRange, !usual.contains(number) {
            pending[index, default: []].append(RegistriesDiagnostics.fieldUnusual(
                "\(field.column): \(shown) is outside the usual range \(Self.describe(usual))",
                at: value.location ?? fallback, path: path(field.column)))
        }
        return .filled
    }

    /// Emits pending issues of applicable fields, then missing fields and failed consistency checks.
    mutating func finish(_ cells: [SubmissionCell], _ values: [String: SourceValue]) {
        for (i, field) in profile.fields.enumerated() where cells[i].status != .notApplicable {
            issues += pending[i] ?? []
            if cells[i].status == .missing {
                issues.append(RegistriesDiagnostics.fieldMissing("\(field.column) (\(field.meaning)): no value in the record",
                                                                 at: fallback, path: path(field.column)))
            }
        }
        let status = Dictionary(uniqueKeysWithValues: zip(profile.columns, cells.map(\.status)))
        for check in profile.checks {
            guard [.filled, .withheld].contains(status[check.left]), [.filled, .withheld].contains(status[check.right]),
                  let l = values[check.left], let r = values[check.right], let a = l.value.number, let b = r.value.number,
                  !check.comparison.holds(a, b) else { continue }
            var d = RegistriesDiagnostics.fieldInconsistent(
                "\(check.left) \(l.value.formatted) must be \(check.comparison.rawValue) \(check.right) \(r.value.formatted) [\(check.id)]",
                at: l.location ?? fallback, path: path(check.left))
            d.related = [r.location].compactMap { $0 }
            issues.append(d)
        }
    }

    static func describe(_ r: ValueRange) -> String {
        let f = { (v: Double?) in v.map { NumberFormatting.trimmed($0, maxDigits: 2) } ?? "…" }
        return "\(f(r.low))–\(f(r.high))"
    }
}
