import PerfusioCore

/// Lexical checks run before any YAML parser sees the text: tabs in indentation and anchors or aliases.
///
/// Anchors and aliases are refused outright because Yams expands them with exponential cost (alias bombs,
/// TOOLCHAIN.md). The scan is conservative: `&name` or `*name` where a node may start (line start, after
/// `- `, `? `, `: `, a tag, or `[`, `{`, `,` in flow context) is refused unless it is inside quotes, a comment
/// or a block scalar; `Tom & Jerry` or `R&D` in plain text pass.
struct YAMLPreflight {
    let file: String
    let lineOffset: Int

    /// The first problem found, or nil when the text may be parsed.
    func check(_ text: String) -> Diagnostic? {
        var state = ScanState()
        var text = text
        // Split on bytes: a String reads "\r\n" as one character, which would hide line breaks. Every byte the scan
        // compares is ASCII, so it reads a multi-byte scalar's bytes as it would the scalar; columns count scalars.
        return text.withUTF8 { bytes in
            var line: [UInt8] = []
            var start = 0, index = 0
            while true {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                line.removeAll(keepingCapacity: true)
                line.append(contentsOf: bytes[start..<end])
                line.removeAll { $0 == UInt8(ascii: "\r") }
                if let diagnostic = check(line, number: index + 1 + lineOffset, state: &state) { return diagnostic }
                guard end < bytes.count else { return nil }
                start = end + 1
                index += 1
            }
        }
    }

    private func check(_ line: [UInt8], number: Int, state: inout ScanState) -> Diagnostic? {
        if let byte = state.scan(line) {
            let column = line[..<byte].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            return YAMLDiagnostics.alias(
                "found a YAML anchor or alias; write the value out in full instead",
                at: SourceLocation(file: file, line: number, column: column))
        }
        if let column = state.tabColumn {
            return YAMLDiagnostics.tab(
                "found a tab in the indentation; indent with spaces",
                at: SourceLocation(file: file, line: number, column: column))
        }
        return nil
    }
}

/// The scanner's state across lines: open quotes, block scalars and flow depth.
private struct ScanState {
    enum Quote { case none, single, double }
    var quote = Quote.none
    var blockScalarIndent: Int?
    var flowDepth = 0
    /// The column of a tab found in the last line's indentation.
    var tabColumn: Int?

    /// Scans one line's UTF-8 bytes; returns the 0-based byte offset of an anchor or alias, if any.
    mutating func scan(_ s: [UInt8]) -> Int? {
        tabColumn = nil
        let indent = s.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
        let isBlank = indent == s.count || s[indent] == UInt8(ascii: "#")
        if let block = blockScalarIndent {
            if isBlank || indent > block { return nil }
            blockScalarIndent = nil
        }
        if quote == .none, !isBlank, let tab = s.prefix(indent).firstIndex(of: UInt8(ascii: "\t")) {
            tabColumn = tab + 1
            return nil
        }
        var atNodeStart = quote == .none
        var i = quote == .none ? indent : 0
        while i < s.count {
            let c = s[i]
            let next: UInt8? = i + 1 < s.count ? s[i + 1] : nil
            defer { i += 1 }
            switch quote {
            case .double:
                if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") { quote = .none; atNodeStart = false }
                continue
            case .single:
                if c == UInt8(ascii: "'") { if next == UInt8(ascii: "'") { i += 1 } else { quote = .none; atNodeStart = false } }
                continue
            case .none: break
            }
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") { continue }
            if c == UInt8(ascii: "#"), i == 0 || s[i - 1] == UInt8(ascii: " ") || s[i - 1] == UInt8(ascii: "\t") { return nil }
            if atNodeStart {
                switch c {
                case UInt8(ascii: "&"), UInt8(ascii: "*"):
                    if let n = next, !Self.isBreak(n) { return i }
                case UInt8(ascii: "\""): quote = .double; continue
                case UInt8(ascii: "'"): quote = .single; continue
                case UInt8(ascii: "|"), UInt8(ascii: ">"):
                    if flowDepth == 0 { blockScalarIndent = indent; return nil }
                case UInt8(ascii: "-"), UInt8(ascii: "?"):
                    if next == nil || Self.isBreak(next!) { continue }
                case UInt8(ascii: "!"):
                    while i + 1 < s.count, !Self.isBreak(s[i + 1]) { i += 1 }
                    continue
                case UInt8(ascii: "["), UInt8(ascii: "{"): flowDepth += 1; continue
                default: break
                }
            }
            atNodeStart = structural(c, next: next)
        }
        return nil
    }

    /// Updates flow depth; returns true when a node may start after `c`.
    private mutating func structural(_ c: UInt8, next: UInt8?) -> Bool {
        if c == UInt8(ascii: ":") {
            guard let n = next else { return true }
            return n == UInt8(ascii: " ") || n == UInt8(ascii: "\t")
                || (flowDepth > 0 && (n == UInt8(ascii: ",") || n == UInt8(ascii: "]") || n == UInt8(ascii: "}")))
        }
        guard flowDepth > 0 else { return false }
        switch c {
        case UInt8(ascii: "["), UInt8(ascii: "{"): flowDepth += 1; return true
        case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth -= 1; return false
        case UInt8(ascii: ","): return true
        default: return false
        }
    }

    private static func isBreak(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"): true
        default: false
        }
    }
}
