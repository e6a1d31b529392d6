import PerfusioCore

/// How to read one device's export: its framing, delimiter, decimal mark, encoding, time column and the
/// parameter and unit of each column. Loaded from a data file in `schemas/captures/` by ``CaptureMappingLoader``;
/// a new device is a new data file.
public struct CaptureMapping: Hashable, Sendable {
    /// How lines are framed before the columns are read.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        /// A delimited file, with or without a header row (CSV, TSV, the ABL patient log).
        case delimited
        /// Terumo CDI 500/550 line output: logger prefix, line flag, monitor clock, repeated headers.
        case terumoCDILine = "terumo-cdi-line"
    }

    /// The device's name, as origins and summaries show it (`Terumo CDI 500`).
    public var device: String
    public var format: Format
    public var delimiter: Unicode.Scalar
    /// `.` or `,`.
    public var decimalMark: Character
    public var encoding: TextEncoding
    /// True when the first line names the columns.
    public var hasHeaderRow: Bool
    /// True when the header names carry stray quotes (the ABL writes `"pH" (mmHg)`), removed before reading it.
    public var stripsHeaderQuotes: Bool
    public var time: TimeColumn
    /// The column holding the patient id, for selecting one patient's samples.
    public var patientColumn: ColumnReference?
    public var sampleType: SampleTypeColumn?
    /// Cells meaning "no value" (blank is always one).
    public var missingTokens: Set<String>
    /// Cells meaning "outside the device's range": kept as text with the flag `out-of-range`.
    public var outOfRangeTokens: Set<String>
    /// When set, each value column is followed by a column of error codes, kept as flags `<prefix>-<code>`.
    public var errorCodePrefix: String?
    /// What each row is: periodic samples (`timer`) or analysed samples (`analysis`); the CDI's line flag overrides it.
    public var sampleMarker: SampleMarker
    public var columns: [ColumnMapping]

    public init(device: String, format: Format = .delimited, delimiter: Unicode.Scalar = ",", decimalMark: Character = ".",
                encoding: TextEncoding = .utf8, hasHeaderRow: Bool = true, stripsHeaderQuotes: Bool = false,
                time: TimeColumn, patientColumn: ColumnReference? = nil, sampleType: SampleTypeColumn? = nil,
                missingTokens: Set<String> = [], outOfRangeTokens: Set<String> = [], errorCodePrefix: String? = nil,
                sampleMarker: SampleMarker = .timer, columns: [ColumnMapping]) {
        self.device = device
        self.format = format
        self.delimiter = delimiter
        self.decimalMark = decimalMark
        self.encoding = encoding
        self.hasHeaderRow = hasHeaderRow
        self.stripsHeaderQuotes = stripsHeaderQuotes
        self.time = time
        self.patientColumn = patientColumn
        self.sampleType = sampleType
        self.missingTokens = missingTokens
        self.outOfRangeTokens = outOfRangeTokens
        self.errorCodePrefix = errorCodePrefix
        self.sampleMarker = sampleMarker
        self.columns = columns
    }
}

/// A column, by its 1-based position or by its header name (the `occurrence`-th column of that name).
public enum ColumnReference: Hashable, Sendable, CustomStringConvertible {
    case position(Int)
    case name(String, occurrence: Int)

    public var description: String {
        switch self {
        case .position(let p): "column \(p)"
        case .name(let n, let o): o == 1 ? "column `\(n)`" : "column `\(n)` (occurrence \(o))"
        }
    }
}

/// The time column and how its cells are written.
public struct TimeColumn: Hashable, Sendable {
    public var column: ColumnReference
    /// A date pattern (`d.M.yyyy HH:mm`, `HH:mm:ss`); without day, month and year the times are bare times of day.
    public var format: String

    public init(column: ColumnReference, format: String) {
        self.column = column
        self.format = format
    }
}

/// The column naming the blood sample type, and what each of its words means.
public struct SampleTypeColumn: Hashable, Sendable {
    public var column: ColumnReference
    public var values: [String: SampleType]

    public init(column: ColumnReference, values: [String: SampleType]) {
        self.column = column
        self.values = values
    }
}

/// One value column: the parameter it holds and the unit its numbers are in.
public struct ColumnMapping: Hashable, Sendable {
    public var column: ColumnReference
    public var parameter: Parameter
    public var unit: ClinicalUnit
    /// Text the device writes after each number (`%` in the CDI's `100%`), removed before reading it.
    public var suffix: String?

    public init(column: ColumnReference, parameter: Parameter, unit: ClinicalUnit, suffix: String? = nil) {
        self.column = column
        self.parameter = parameter
        self.unit = unit
        self.suffix = suffix
    }
}
