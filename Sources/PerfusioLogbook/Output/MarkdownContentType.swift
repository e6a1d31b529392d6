import Mustache

/// Escapes text for Markdown output (`{{% CONTENT_TYPE: PERFUSIO_LOGBOOK_MARKDOWN}}`): backslash before every
/// character Markdown gives a meaning to, and line breaks as spaces, so a value can neither format the page
/// nor break a table row.
struct MarkdownContentType: MustacheContentType {
    static let name = "PERFUSIO_LOGBOOK_MARKDOWN"
    private static let special: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "-",
                                                  "!", "|", "~", "&"]

    func escapeText(_ text: String) -> String {
        var out = ""
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
