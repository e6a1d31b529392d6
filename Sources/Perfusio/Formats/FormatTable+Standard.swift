import Foundation
import PerfusioCore
import PerfusioMarkdown
import PerfusioXML

extension FormatTable {
    /// The readers and writers this build ships, the XML reader validating against the schema in `schemas`.
    ///
    /// - Parameter schemas: the `schemas/` folder found by `ResourceLocator`; nil when it was not found, and XML
    ///   input is then reported as `input.format.unsupported` with the reason.
    public static func standard(schemas: URL?) -> FormatTable {
        var table = FormatTable(readers: [.markdown: LogReader()], writers: [.markdown: LogWriter(), .xml: XMLRecordWriter()])
        guard let schemas else {
            table.unavailable[.xml] = "the schemas folder was not found (name it with --schemas DIR or PERFUSIO_SCHEMAS)"
            return table
        }
        do {
            let validator = try SchemaValidator(path: schemas.appendingPathComponent("perfusion-case.xsd").path)
            table.readers[.xml] = XMLRecordReader(schema: validator)
        } catch {
            table.unavailable[.xml] = "\(error)"
        }
        return table
    }
}
