import PerfusioCore

/// Checks run on the body before cmark-gfm parses it, against inputs the installed cmark-gfm handles in
/// quadratic time (TOOLCHAIN.md): very wide tables and long runs of brackets.
struct InputGuard {
    let limits: LogReader.Limits
    let source: SourceText

    /// The first refusal, or nil when the body may be parsed.
    func check(_ body: String) -> Diagnostic? {
        var body = body
        return body.withUTF8 { check(bytes: $0) }
    }

    /// The check on the body's bytes, line by line (lines end at LF; a CR before it counts as a space).
    private func check(bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic? {
        var bracketsInBlock = 0
        var blockStart = 1
        var number = 0, start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            defer { start = end + 1 }
            number += 1
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
                bracketsInBlock = 0
                blockStart = number + 1
                continue
            }
            if Self.isDelimiterRow(line) {
                let columns = line.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: true)
                    .filter { !$0.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") } }.count
                if columns > limits.maxTableColumns {
                    return MarkdownDiagnostics.tableWidth(
                        "this table has \(columns) columns; the limit is \(limits.maxTableColumns)",
                        at: source.location(line: number, byteColumn: 1))
                }
            }
            for byte in line where byte == UInt8(ascii: "[") { bracketsInBlock += 1 }
            if bracketsInBlock > limits.maxBracketsPerBlock {
                return MarkdownDiagnostics.brackets(
                    "this block holds more than \(limits.maxBracketsPerBlock) `[`; it is refused unread",
                    at: source.location(line: blockStart, byteColumn: 1))
            }
        }
        return nil
    }

    /// A GFM table delimiter row: only `|`, `-`, `:` and spaces, with at least one `-` and one `|`.
    static func isDelimiterRow<Line: Collection<UInt8>>(_ line: Line) -> Bool {
        var dash = false, pipe = false
        for c in line {
            switch c {
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return false
            }
        }
        return dash && pipe
    }
}
