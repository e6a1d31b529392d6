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
        if schemas == nil {
            table.unavailable[.xml] = "the schemas folder was not found (name it with --schemas DIR or PERFUSIO_SCHEMAS)"
        } else {
            table.unavailable[.xml] = "this build has no XML reader yet"
        }
        return table
    }
}
