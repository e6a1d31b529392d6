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
        // Split on scalars: a String reads "\r\n" as one character, which would hide line breaks.
        for (index, line) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.filter { $0 != "\r" })
            let lineNumber = index + 1 + lineOffset
            if let column = state.scan(scalars) {
                return YAMLDiagnostics.alias(
                    "found a YAML anchor or alias; write the value out in full instead",
                    at: SourceLocation(file: file, line: lineNumber, column: column))
            }
            if let column = state.tabColumn {
                return YAMLDiagnostics.tab(
                    "found a tab in the indentation; indent with spaces",
                    at: SourceLocation(file: file, line: lineNumber, column: column))
            }
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

    /// Scans one line; returns the 1-based column of an anchor or alias, if any.
    mutating func scan(_ s: [Unicode.Scalar]) -> Int? {
        tabColumn = nil
        let indent = s.prefix { $0 == " " || $0 == "\t" }.count
        let isBlank = indent == s.count || s[indent] == "#"
        if let block = blockScalarIndent {
            if isBlank || indent > block { return nil }
            blockScalarIndent = nil
        }
        if quote == .none, !isBlank, let tab = s.prefix(indent).firstIndex(of: "\t") {
            tabColumn = tab + 1
            return nil
        }
        var atNodeStart = quote == .none
        var i = quote == .none ? indent : 0
        while i < s.count {
            let c = s[i]
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            defer { i += 1 }
            switch quote {
            case .double:
                if c == "\\" { i += 1 } else if c == "\"" { quote = .none; atNodeStart = false }
                continue
            case .single:
                if c == "'" { if next == "'" { i += 1 } else { quote = .none; atNodeStart = false } }
                continue
            case .none: break
            }
            if c == " " || c == "\t" { continue }
            if c == "#", i == 0 || s[i - 1] == " " || s[i - 1] == "\t" { return nil }
            if atNodeStart {
                switch c {
                case "&", "*":
                    if let n = next, !Self.isBreak(n) { return i + 1 }
                case "\"": quote = .double; continue
                case "'": quote = .single; continue
                case "|", ">":
                    if flowDepth == 0 { blockScalarIndent = indent; return nil }
                case "-", "?":
                    if next == nil || Self.isBreak(next!) { continue }
                case "!":
                    while i + 1 < s.count, !Self.isBreak(s[i + 1]) { i += 1 }
                    continue
                case "[", "{": flowDepth += 1; continue
                default: break
                }
            }
            atNodeStart = structural(c, next: next)
        }
        return nil
    }

    /// Updates flow depth; returns true when a node may start after `c`.
    private mutating func structural(_ c: Unicode.Scalar, next: Unicode.Scalar?) -> Bool {
        if c == ":" {
            guard let n = next else { return true }
            return n == " " || n == "\t" || (flowDepth > 0 && (n == "," || n == "]" || n == "}"))
        }
        guard flowDepth > 0 else { return false }
        switch c {
        case "[", "{": flowDepth += 1; return true
        case "]", "}": flowDepth -= 1; return false
        case ",": return true
        default: return false
        }
    }

    private static func isBreak(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "," || c == "[" || c == "]" || c == "{" || c == "}"
    }
}
