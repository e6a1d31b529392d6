import PerfusioCore

/// The table mapping each record format to its reader and writer (pandoc-style): every reader produces a
/// `PerfusionCase`, every writer consumes one, so a new format touches nothing else.
///
/// ```swift
/// let table = FormatTable.standard(schemas: schemasFolder)
/// let result = table.reader(for: .markdown)?.read(bytes, from: "adult.md")
/// ```
public struct FormatTable: Sendable {
    public var readers: [RecordFormat: any RecordReader]
    public var writers: [RecordFormat: any RecordWriter]
    /// Why a format has no reader in this table (e.g. the schemas folder was not found), for the diagnostic.
    public var unavailable: [RecordFormat: String]

    public init(readers: [RecordFormat: any RecordReader] = [:], writers: [RecordFormat: any RecordWriter] = [:],
                unavailable: [RecordFormat: String] = [:]) {
        self.readers = readers
        self.writers = writers
        self.unavailable = unavailable
    }

    /// The reader for `format`, or nil when this build has none.
    public func reader(for format: RecordFormat) -> (any RecordReader)? { readers[format] }

    /// The writer for `format`, or nil when this build has none.
    public func writer(for format: RecordFormat) -> (any RecordWriter)? { writers[format] }
}
