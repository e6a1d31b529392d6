import PerfusioCore

/// A registry's data specification as Perfusio maps it: which cases it takes, its upload form, and its fields.
/// Loaded from `schemas/registries/<id>.yaml` by ``ProfileLoader``; `docs/registries.md` describes the format.
public struct RegistryProfile: Sendable {
    /// The profile's name on the command line (`sts-acsd`): the file name without `.yaml`.
    public var id: String
    /// The registry's name (`STS Adult Cardiac Surgery Database`).
    public var registry: String
    /// The data-specification version the profile follows (`4.20.2`).
    public var specification: String
    /// How far the profile's definitions were checked against the registry's own specification.
    public var status: VerificationStatus
    /// Where the profile's definitions come from, overall.
    public var definedBy: String
    /// The upload form: CSV, or XML with its element names.
    public var format: SubmissionFormat
    /// Case kinds the registry takes (`cpb`, `ecmo`); other cases are listed as not applicable.
    public var kinds: [CaseKind]
    /// Codes written for yes/no fields.
    public var yesNo: YesNoCoding
    public var fields: [ProfileField]
    /// Cross-field consistency checks (XClampTm ≤ PerfusTm).
    public var checks: [ConsistencyCheck]
    /// The profile file, for diagnostics.
    public var file: String

    public init(id: String, registry: String, specification: String, status: VerificationStatus, definedBy: String,
                format: SubmissionFormat, kinds: [CaseKind], yesNo: YesNoCoding = YesNoCoding(),
                fields: [ProfileField], checks: [ConsistencyCheck] = [], file: String = "") {
        self.id = id
        self.registry = registry
        self.specification = specification
        self.status = status
        self.definedBy = definedBy
        self.format = format
        self.kinds = kinds
        self.yesNo = yesNo
        self.fields = fields
        self.checks = checks
        self.file = file
    }

    /// The field written under `column`.
    public func field(_ column: String) -> ProfileField? { fields.first { $0.column == column } }

    /// The column names in upload order.
    public var columns: [String] { fields.map(\.column) }
}

/// How far a profile was checked against the registry's own specification (DOMAIN.md §3, §7).
public enum VerificationStatus: String, Sendable, CaseIterable {
    /// Every field checked against the official specification.
    case verified
    /// Field names from the specification; some codes or ranges not re-checked.
    case partial
    /// The data dictionary is not public: fields derived from the registry's published measures.
    case derived
    /// No item-level dictionary found: fields are Perfusio's best reading of the registry's published domains.
    case unverified
}

/// The upload form of a submission.
public enum SubmissionFormat: Sendable, Equatable {
    /// RFC 4180 CSV, UTF-8, a header row of column names.
    case csv
    /// XML: a root element holding one record element per case, one child element per column.
    case xml(root: String, record: String)

    /// The file extension of the submission file.
    public var fileExtension: String { self == .csv ? "csv" : "xml" }
}

/// The codes written for yes and no.
public struct YesNoCoding: Sendable, Equatable {
    public var yes: String
    public var no: String
    public init(yes: String = "Yes", no: String = "No") {
        self.yes = yes
        self.no = no
    }
}
