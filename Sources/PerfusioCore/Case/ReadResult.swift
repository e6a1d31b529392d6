/// What a reader returns: the record it could read (nil when nothing usable) and everything it noticed.
public struct ReadResult: Sendable {
    public var record: PerfusionCase?
    public var diagnostics: [Diagnostic]
    public init(record: PerfusionCase?, diagnostics: [Diagnostic]) {
        self.record = record
        self.diagnostics = diagnostics
    }
}

/// Reads one input format into the shared model. Readers never throw for bad input: they return what
/// they could read and the diagnostics.
public protocol RecordReader: Sendable {
    /// Reads `bytes`; `source` names the file in diagnostics.
    func read(_ bytes: [UInt8], from source: String) -> ReadResult
}

/// Writes the shared model in one output format.
public protocol RecordWriter: Sendable {
    func write(_ record: PerfusionCase) -> String
}
