import Mustache

/// Escapes text for Markdown output (`{{% CONTENT_TYPE: PERFUSIO_LOGBOOK_MARKDOWN}}`): a backslash before every
/// character that formats inline text or breaks a table row (`* _ ` [ ] < > | ~ \ &`), before a leading `#`,
/// `-`, `+` or `>`, and line breaks as spaces, so a value can neither format the page nor break a row.
struct MarkdownContentType: MustacheContentType {
    static let name = "PERFUSIO_LOGBOOK_MARKDOWN"
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]
    private static let leading: Set<Character> = ["#", "-", "+", ">", "!"]

    func escapeText(_ text: String) -> String {
        var out = ""
        if let first = text.first, Self.leading.contains(first) { out.append("\\") }
        for c in text {
            if c == "\n" || c == "\r" { out.append(" "); continue }
            if Self.special.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Registers the content type once (registration is global and idempotent).
    static let register: Void = MustacheContentTypes.register(MarkdownContentType(), named: name)
}
