import PerfusioCore

/// Maps one case onto a registry profile: resolves each field's source, codes it, applies parent conditions,
/// de-identifies, and checks presence, limits and cross-field consistency.
///
/// ```swift
/// let builder = RowBuilder(profile: sts, mode: .deidentified)
/// let row = builder.row(for: record, figures: RegistryFigures(record: record), caseIdentifier: "P-3f2a…", file: "a.md")
/// ```
public struct RowBuilder: Sendable {
    public let profile: RegistryProfile
    public let mode: DeidentificationMode

    public init(profile: RegistryProfile, mode: DeidentificationMode) {
        self.profile = profile
        self.mode = mode
    }

    /// The row of `record`; `file` names the record in issues when its values carry no location.
    public func row(for record: PerfusionCase, figures: RegistryFigures, caseIdentifier: String, file: String) -> CaseRow {
        let resolver = SourceResolver(record: record, figures: figures, caseIdentifier: caseIdentifier)
        let fallback = record.header.origin?.location ?? SourceLocation(file: file, line: 1)
        var check = FieldChecker(profile: profile, fallback: fallback, caseIdentifier: caseIdentifier)
        let coder = FieldCoder(yesNo: profile.yesNo)
        let harbor = SafeHarbor(ageYears: record.patientAgeYears)
        var cells: [SubmissionCell] = []
        var values: [String: SourceValue] = [:]
        for field in profile.fields {
            guard let value = resolver.resolve(field.source) else {
                cells.append(SubmissionCell(nil, field.isRequired ? .missing : .absent))
                continue
            }
            values[field.column] = value
            guard let text = coder.code(value.value, for: field) else {
                check.uncoded(field, value, index: cells.count, quoting: mode == .identified || field.source.safeHarbor == .keep)
                cells.append(SubmissionCell(nil, .invalid))
                continue
            }
            guard check.range(field, value, index: cells.count) == .filled else {
                cells.append(SubmissionCell(nil, .invalid))
                continue
            }
            let written = mode == .deidentified ? harbor.apply(text, value: value.value, field: field) : text
            cells.append(written == nil ? SubmissionCell(nil, .withheld) : SubmissionCell(written, .filled))
        }
        applyParents(&cells)
        check.finish(cells, values)
        return CaseRow(caseIdentifier: caseIdentifier, file: file, date: record.header.date, cells: cells, issues: check.issues)
    }

    /// Empties every field whose parent condition does not hold (STS: child fields are ignored).
    private func applyParents(_ cells: inout [SubmissionCell]) {
        let index = Dictionary(uniqueKeysWithValues: profile.fields.enumerated().map { ($1.column, $0) })
        for (i, field) in profile.fields.enumerated() {
            guard let parent = field.parent, let p = index[parent.column] else { continue }
            if !Self.holds(parent, cells[p], parentField: profile.fields[p], index: index, cells: cells, profile: profile) {
                cells[i] = SubmissionCell(nil, .notApplicable)
            }
        }
    }

    /// True when the parent's written code is one of the condition's, and the parent itself applies.
    private static func holds(_ condition: FieldCondition, _ cell: SubmissionCell, parentField: ProfileField,
                              index: [String: Int], cells: [SubmissionCell], profile: RegistryProfile, depth: Int = 0) -> Bool {
        guard let text = cell.text, condition.codes.contains(text) else { return false }
        guard depth < 8, let grand = parentField.parent, let g = index[grand.column] else { return true }
        return holds(grand, cells[g], parentField: profile.fields[g], index: index, cells: cells, profile: profile, depth: depth + 1)
    }
}
