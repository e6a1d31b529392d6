/// Limits the XML reader enforces before and during parsing.
///
/// libxml2 already refuses nesting deeper than 256 elements and text nodes over 10 MB, but accepts a
/// document of any total size; the byte cap stands in front of the parser. The default (64 MiB, the same as the
/// library's file loader) admits several days of one-second readings: an eight-hour case of 28,800 captured
/// readings of ten parameters is about 8.4 MB of XML.
///
/// ```swift
/// let reader = XMLRecordReader(schema: validator, limits: XMLLimits(maxBytes: 8 << 20))
/// ```
public struct XMLLimits: Hashable, Sendable {
    /// The largest input accepted, in bytes. Larger inputs are refused with `xml.too-large` before parsing.
    public var maxBytes: Int

    /// The default cap: 64 MiB.
    public static let defaultMaxBytes = 64 << 20

    public init(maxBytes: Int = XMLLimits.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }
}
