/// Splits a log into its YAML front matter and its Markdown body, keeping line numbers.
///
/// The front matter is the block between a first line `---` and the next line `---` (or `...`).
struct FrontMatterSplit: Equatable {
    /// The YAML text, without its fences; nil when the log has no front matter.
    var yaml: String?
    /// The Markdown body.
    var body: String
    /// Lines before the body (the front matter and its fences), added to body line numbers.
    var bodyLineOffset: Int
    /// True when an opening `---` had no closing line.
    var isUnclosed = false

    init(_ text: String) {
        self = Self.splittingBytes(text) ?? Self.splittingLines(text)
    }

    /// The split made on the text's `Character` lines (where `"\r\n"` is one character and not a line break).
    static func splittingLines(_ text: String) -> FrontMatterSplit {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        func isFence(_ line: Substring, _ marks: [String]) -> Bool {
            marks.contains(String(line.trimmingTrailingSpaces()))
        }
        guard let first = lines.first, isFence(first, ["---"]) else {
            return FrontMatterSplit(yaml: nil, body: text, bodyLineOffset: 0)
        }
        guard let close = lines.dropFirst().firstIndex(where: { isFence($0, ["---", "..."]) }) else {
            return FrontMatterSplit(yaml: lines.dropFirst().joined(separator: "\n"), body: "", bodyLineOffset: lines.count,
                                    isUnclosed: true)
        }
        return FrontMatterSplit(yaml: lines[1..<close].joined(separator: "\n") + "\n",
                                body: lines[(close + 1)...].joined(separator: "\n"), bodyLineOffset: close + 1)
    }

    /// A split already made.
    init(yaml: String?, body: String, bodyLineOffset: Int, isUnclosed: Bool = false) {
        self.yaml = yaml
        self.body = body
        self.bodyLineOffset = bodyLineOffset
        self.isUnclosed = isUnclosed
    }
}

private extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return s
    }
}
