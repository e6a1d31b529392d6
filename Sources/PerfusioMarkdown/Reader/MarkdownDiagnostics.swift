import PerfusioCore

/// Every diagnostic id the pump-log reader emits, with its severity and meaning (YAML ids are in
/// `YAMLDiagnostics`).
public enum MarkdownDiagnostics {
    public static let sizeLimit = DiagnosticCode("read.size.limit", .error, "The log is larger than the reader's size limit (32 MB by default).")
    public static let encoding = DiagnosticCode("read.encoding", .error, "The log is not valid UTF-8 text.")
    public static let tableWidth = DiagnosticCode("read.table.width", .error, "A table has more columns than the limit (200 by default).")
    public static let brackets = DiagnosticCode("read.markdown.brackets", .error, "A block holds a pathological run of brackets (more than 1,000 `[`).")
    public static let frontMatterMissing = DiagnosticCode("read.frontmatter.missing", .error, "The log does not start with a `---` front matter block.")
    public static let frontMatterUnclosed = DiagnosticCode("read.frontmatter.unclosed", .error, "The front matter has no closing `---` line.")
    public static let frontMatterShape = DiagnosticCode("read.frontmatter.shape", .error, "The front matter is not a mapping of keys to values.")
    public static let headerMissing = DiagnosticCode("read.header.missing", .error, "A required header key (case_id, kind, date) is missing.")
    public static let headerInvalid = DiagnosticCode("read.header.invalid", .error, "A header value is not one Perfusio accepts (unknown kind, impossible date).")
    public static let keyUnknown = DiagnosticCode("read.key.unknown", .warning, "A front matter key Perfusio does not know; it is kept as written.")
    public static let patientWeight = DiagnosticCode("read.patient.weight", .error, "The patient's weight is not a positive mass with a unit.")
    public static let patientHeight = DiagnosticCode("read.patient.height", .error, "The patient's height is not a positive length with a unit.")
    public static let patientDateOfBirth = DiagnosticCode("read.patient.dob", .error, "The date of birth is not a yyyy-MM-dd date on or before the case date.")
    public static let patientSex = DiagnosticCode("read.patient.sex", .warning, "The sex is not male, female, other or unknown; it is kept as written.")
    public static let timeInvalid = DiagnosticCode("read.time.invalid", .error, "A time is not a valid HH:MM or yyyy-MM-dd HH:MM.")
    public static let unparsed = DiagnosticCode("read.unparsed", .warning, "A line Perfusio did not understand; it is kept as a note.")
    public static let sectionUnknown = DiagnosticCode("read.section.unknown", .warning, "A section heading Perfusio does not know; its content is kept as notes.")
    public static let contentOutside = DiagnosticCode("read.content.outside", .warning, "Text before the first section; it is kept as a note.")
    public static let columnUnknown = DiagnosticCode("read.column.unknown", .warning, "A readings column Perfusio does not know; its cells are kept as written.")
    public static let unitUnknown = DiagnosticCode("read.unit.unknown", .error, "A column's unit is not one Perfusio knows.")
    public static let unitMismatch = DiagnosticCode("read.unit.mismatch", .error, "A column's unit does not measure that parameter (MAP in L/min).")
    public static let unitMissing = DiagnosticCode("read.unit.missing", .warning, "A column has no unit and its parameter has no unambiguous default.")
    public static let timeColumn = DiagnosticCode("read.table.time-column", .warning, "A readings table whose first column is not Time; it is kept as a note.")
    public static let valueInvalid = DiagnosticCode("read.value.invalid", .error, "A readings cell is not a number.")
    public static let valueImpossible = DiagnosticCode("read.value.impossible", .error, "A value is outside the range any patient could have.")

    /// The catalogue, in documentation order.
    public static let all: [DiagnosticCode] = [
        sizeLimit, encoding, tableWidth, brackets, frontMatterMissing, frontMatterUnclosed, frontMatterShape,
        headerMissing, headerInvalid, keyUnknown, patientWeight, patientHeight, patientDateOfBirth, patientSex,
        timeInvalid, unparsed, sectionUnknown, contentOutside, columnUnknown, unitUnknown, unitMismatch, unitMissing,
        timeColumn, valueInvalid, valueImpossible,
    ]
}
