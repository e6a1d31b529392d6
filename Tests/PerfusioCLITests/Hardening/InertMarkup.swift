import Foundation

/// Finds what would run in a browser: script elements, event-handler attributes, and links or sources with a
/// script or data scheme. Text that was escaped (`&lt;script&gt;`) holds no `<`, so every `<letter` starts a tag.
enum InertMarkup {
    static let tag = try! NSRegularExpression(pattern: "<([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>")
    static let handler = try! NSRegularExpression(pattern: "(^|\\s)on[a-z]+\\s*=", options: .caseInsensitive)
    static let scriptLink = try! NSRegularExpression(
        pattern: "(href|src|action|formaction|xlink:href)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data)\\s*:", options: .caseInsensitive)

    /// Each problem as `<tag …>` text; empty when the markup is inert.
    static func problems(in markup: String) -> [String] {
        tag.matches(in: markup, range: NSRange(markup.startIndex..., in: markup)).compactMap { match in
            let whole = String(markup[Range(match.range, in: markup)!])
            let name = String(markup[Range(match.range(at: 1), in: markup)!]).lowercased()
            let attributes = String(markup[Range(match.range(at: 2), in: markup)!])
            let range = NSRange(attributes.startIndex..., in: attributes)
            let bad = ["script", "iframe", "object", "embed"].contains(name)
                || handler.firstMatch(in: attributes, range: range) != nil
                || scriptLink.firstMatch(in: attributes, range: range) != nil
            return bad ? whole : nil
        }
    }
}

/// Markdown rendered the way the most permissive viewer would (cmark-gfm with raw HTML let through), when the
/// `cmark-gfm` command is installed (`.ci/run` installs it).
enum MarkdownProbe {
    static let tool = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func unsafeHTML(_ markdown: String) -> String? {
        guard let tool else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--unsafe", "-e", "table", "-e", "autolink", "-e", "tasklist", "-e", "strikethrough"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
