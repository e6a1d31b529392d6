/// One thing worth telling the user about an input: a reader problem, a schema violation or a clinical finding.
///
/// Diagnostics are values: readers return them, rules return them, and the CLI renders the same list
/// as compiler-style text, JSON or SARIF.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// Stable id saying what is checked, e.g. `read.time.invalid`, `xsd`, `adult.map.low`.
    public var id: String
    public var severity: Severity
    /// What was expected and what was found.
    public var message: String
    /// Where in the input; nil for whole-record diagnostics with no line.
    public var location: SourceLocation?
    /// A logical path in the record, e.g. `/case/readings/reading[3]/hct`.
    public var path: String?
    /// Other places that explain this one (the cross-clamp this interval counts from).
    public var related: [SourceLocation]
    /// For clinical rules: the guideline or study the rule comes from.
    public var source: String?
    /// For clinical rules: the time, value and threshold found.
    public var finding: Finding?

    public init(id: String, severity: Severity, message: String, location: SourceLocation? = nil,
                path: String? = nil, related: [SourceLocation] = [], source: String? = nil, finding: Finding? = nil) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.path = path
        self.related = related
        self.source = source
        self.finding = finding
    }

    /// Shorthand for an error.
    public static func error(_ id: String, _ message: String, at location: SourceLocation? = nil, path: String? = nil) -> Diagnostic {
        Diagnostic(id: id, severity: .error, message: message, location: location, path: path)
    }

    /// Shorthand for a warning.
    public static func warning(_ id: String, _ message: String, at location: SourceLocation? = nil, path: String? = nil) -> Diagnostic {
        Diagnostic(id: id, severity: .warning, message: message, location: location, path: path)
    }
}

/// The measured facts behind a clinical finding.
public struct Finding: Hashable, Sendable, Codable {
    /// When the value stood, if it belongs to a moment.
    public var time: CaseTime?
    /// The value found, formatted with its unit (e.g. `48 mmHg`).
    public var value: String?
    /// The threshold it was compared with, formatted with its unit (e.g. `50 mmHg`).
    public var threshold: String?
    /// The raw numeric value, for machines.
    public var numericValue: Double?
    /// The raw numeric threshold, for machines.
    public var numericThreshold: Double?

    public init(time: CaseTime? = nil, value: String? = nil, threshold: String? = nil,
                numericValue: Double? = nil, numericThreshold: Double? = nil) {
        self.time = time
        self.value = value
        self.threshold = threshold
        self.numericValue = numericValue
        self.numericThreshold = numericThreshold
    }
}

extension Array where Element == Diagnostic {
    /// The worst severity in the list, nil when empty.
    public var worstSeverity: Severity? { map(\.severity).max() }
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
