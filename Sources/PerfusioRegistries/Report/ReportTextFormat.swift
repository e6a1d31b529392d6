/// The output format of a registry document, and how record text is made safe for it.
public enum ReportTextFormat: String, Sendable, CaseIterable {
    case html, markdown

    /// `text` on one line, safe for the format: for HTML only characters XML cannot carry are replaced (the
    /// template's `{{ }}` escapes markup); for Markdown, every character that could start markup is
    /// backslash-escaped (CommonMark §2.4), since the Markdown templates turn Mustache's escaping off.
    public func escape(_ text: String) -> String {
        let line = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
        var out = ""
        for scalar in line.unicodeScalars {
            let allowed = scalar.value == 0x9 || (scalar.value >= 0x20 && scalar.value != 0x7F && scalar.value != 0xFFFE
                                                   && scalar.value != 0xFFFF)
            if !allowed { out.unicodeScalars.append("\u{FFFD}"); continue }
            if self == .markdown, Self.markdownSpecial.contains(scalar) { out.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// ASCII punctuation that can start Markdown markup anywhere in a line (emphasis, code, links, HTML, tables).
    static let markdownSpecial: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!"]
}
