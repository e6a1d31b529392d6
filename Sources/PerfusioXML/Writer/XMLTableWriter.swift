import PerfusioCore

/// Writes a table as XML: a root element holding one record element per row, one child element per column
/// (empty cells left out). Used for registry submissions in XML form; libxml2 escapes the text.
///
/// ```swift
/// XMLTableWriter(root: "Submission", record: "Run").write(columns: ["RunNo"], rows: [["1"]])
/// ```
public struct XMLTableWriter: Sendable {
    public var root: String
    public var record: String
    /// Attributes of the root element, in order (registry, specification).
    public var attributes: [(String, String)]

    public init(root: String, record: String, attributes: [(String, String)] = []) {
        self.root = root
        self.record = record
        self.attributes = attributes
    }

    /// The document, UTF-8, indented, ending with a line break.
    public func write(columns: [String], rows: [[String?]]) -> String {
        let out = XMLOutput()
        out.start(root)
        for (name, value) in attributes { out.attribute(name, value) }
        for row in rows {
            out.start(record)
            for (column, cell) in zip(columns, row) { out.element(column, text: cell) }
            out.end()
        }
        out.end()
        return out.finish()
    }
}
