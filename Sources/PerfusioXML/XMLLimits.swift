/// Limits the XML reader enforces before and during parsing.
///
/// libxml2 already refuses nesting deeper than 256 elements and text nodes over 10 MB, but accepts a
/// document of any total size; the byte cap stands in front of the parser. The default admits a record of
/// a whole day of one-second readings (86,400 readings of ten parameters is about 60 MB of XML).
///
/// ```swift
/// let reader = XMLRecordReader(schema: validator, limits: XMLLimits(maxBytes: 8 << 20))
/// ```
public struct XMLLimits: Hashable, Sendable {
    /// The largest input accepted, in bytes. Larger inputs are refused with `xml.too-large` before parsing.
    public var maxBytes: Int

    /// The default cap: 128 MiB.
    public static let defaultMaxBytes = 128 << 20

    public init(maxBytes: Int = XMLLimits.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }
}
