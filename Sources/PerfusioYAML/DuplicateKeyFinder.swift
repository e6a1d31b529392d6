import Yams

/// Finds the second occurrence of a duplicated block-mapping key, so the diagnostic points at the repeat
/// rather than at the first, correct key (Yams reports the first).
struct DuplicateKeyFinder {
    let text: String

    /// The 1-based line of the next `key:` at the same indentation after `first`, within the same mapping.
    func secondLine(of key: String, after first: Mark) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = first.column - 1
        var index = first.line
        while index < lines.count {
            let line = lines[index]
            let leading = line.prefix { $0 == " " }.count
            let content = line.dropFirst(leading)
            index += 1
            if content.isEmpty || content.hasPrefix("#") || leading > indent { continue }
            if leading < indent { return nil }
            if Self.keyName(content) == key { return index }
        }
        return nil
    }

    /// The key of a `key: value` line, unquoted.
    private static func keyName(_ content: Substring) -> String? {
        guard let colon = content.firstIndex(of: ":") else { return nil }
        var name = content[..<colon].trimmingSuffixSpaces()
        if name.count >= 2, let q = name.first, q == "\"" || q == "'", name.last == q {
            name = String(name.dropFirst().dropLast())
        }
        return name
    }
}

private extension Substring {
    func trimmingSuffixSpaces() -> String {
        var s = self
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
