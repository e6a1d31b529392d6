/// Escapes text for the Markdown logbook (its templates say `{{% CONTENT_TYPE: TEXT}}`, so Mustache escapes
/// nothing): a backslash before every character that formats inline text or breaks a table row
/// (`* _ ` [ ] < > | ~ \ &`), before a leading `#`, `-`, `+`, `>` or `!`, and line breaks as spaces, so a value can
/// neither format the page nor break a row.
enum MarkdownEscape {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]
    private static let leading: Set<Character> = ["#", "-", "+", ">", "!"]

    @Sendable static func escape(_ text: String) -> String {
        var out = ""
        if let first = text.first, leading.contains(first) { out.append("\\") }
        for c in text {
            if c == "\n" || c == "\r" { out.append(" "); continue }
            if special.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
