import PerfusioCore
import PerfusioYAML

/// Checks that a mapping's keys fit together: names need a header row, the CDI line format reads positions only.
struct MappingConsistency {
    let fields: YAMLFields

    func check(_ mapping: CaptureMapping, into problems: inout [Diagnostic]) {
        let references = [mapping.time.column] + [mapping.patientColumn, mapping.sampleType?.column].compactMap { $0 }
            + mapping.columns.map(\.column)
        let usesNames = references.contains { if case .name = $0 { return true }; return false }
        if usesNames, !mapping.hasHeaderRow {
            problems.append(fields.code("columns are named but `header_row` is false: name columns only in a file with a header, "
                                        + "or give their `position`", at: fields.value.location))
        }
        if mapping.format == .terumoCDILine, usesNames || mapping.hasHeaderRow {
            problems.append(fields.code("the terumo-cdi-line format has no header row: give every column by `position` "
                                        + "and set `header_row: false`", at: fields.value.location))
        }
        if mapping.columns.isEmpty, problems.isEmpty {
            problems.append(fields.code("`columns` must list at least one value column", at: fields.value.location))
        }
    }
}
