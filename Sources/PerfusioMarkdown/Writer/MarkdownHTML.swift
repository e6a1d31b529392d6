import PerfusioCore

/// Safe HTML for a Markdown fragment (notes, handover) in a report: raw HTML is omitted, unsafe link schemes
/// (`javascript:`, `vbscript:`, `file:`, `data:` other than images) are emptied, tables and task lists render.
public enum MarkdownHTML {
    /// The HTML for `markdown`. Input the log reader would refuse (pathological brackets, over-wide tables,
    /// over 32 MB) is rendered as escaped plain text instead of being parsed.
    ///
    /// ```swift
    /// MarkdownHTML.render("Chest drains **80 mL**")  // "<p>Chest drains <strong>80 mL</strong></p>\n"
    /// ```
    public static func render(_ markdown: String) -> String {
        let limits = LogReader.Limits()
        let source = SourceText(markdown, file: "", lineOffset: 0)
        guard markdown.utf8.count <= limits.maxBytes, InputGuard(limits: limits, source: source).check(markdown) == nil else {
            return "<p>" + escape(markdown) + "</p>\n"
        }
        return CmarkDocument.html(markdown)
    }

    /// `&`, `<`, `>`, `"` and `'` escaped for HTML text and attributes (and XML: `&#39;` and `&quot;` are XML's),
    /// compared as whole characters, as swift-mustache's own HTML escaping does. Text with none of those bytes,
    /// most values (numbers with units, times, plain words), is returned as it is without a character walk.
    public static func escape(_ text: String) -> String {
        guard mayNeedEscaping(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Whether `byte` is one of `&`, `<`, `>`, `"`, `'`: every character ``escape(_:)`` replaces contains one.
    public static func isEscaped(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// Whether `text` holds a byte ``isEscaped(_:)`` names.
    static func mayNeedEscaping(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isEscaped) } ?? text.utf8.contains(where: isEscaped)
    }
}
