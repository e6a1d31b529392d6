/// A byte range with the spaces and tabs around it trimmed on the UTF-8 bytes, as `String` trimming by `Character`
/// would: trailing spaces, tabs, CR and LF, and (when `leading`) leading spaces and tabs.
///
/// A space next to a non-ASCII scalar may belong to one `Character` with it (a combining mark after it, a prepended
/// mark before it), which `Character` trimming keeps; the initialiser returns nil there and the caller trims the
/// `String` instead, so both ways always give the same text.
struct ByteTrim {
    /// The trimmed range.
    let range: Range<Int>
    /// How many leading bytes were dropped.
    let leading: Int

    init?(_ bytes: [UInt8], _ range: Range<Int>, leading trimLeading: Bool) {
        var start = range.lowerBound, end = range.upperBound
        while end > start, Self.isTrailingSpace(bytes[end - 1]) { end -= 1 }
        if end < range.upperBound, end > start, bytes[end - 1] >= 0x80 { return nil }
        if trimLeading {
            while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
            if start > range.lowerBound, start < end, bytes[start] >= 0x80 { return nil }
        }
        self.range = start..<end
        self.leading = start - range.lowerBound
    }

    private static func isTrailingSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
