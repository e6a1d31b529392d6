import Mustache

/// swift-mustache's HTML escaping, made fast for text with nothing to escape (most values: numbers with units,
/// times, plain words), and registered as the `HTML` content type that the report and handover templates name
/// with `{{% CONTENT_TYPE: HTML}}`.
///
/// The output is exactly swift-mustache's own (`String.htmlEscape`): `<`, `>`, `&`, `"` and `'` replaced by
/// `&lt;`, `&gt;`, `&amp;`, `&quot;` and `&#39;`, compared as whole characters. A text with none of those bytes
/// has no such character and is returned as it is; any other goes through the same character-by-character
/// replacement (the library's looks each character up in a dictionary, the cost the profile showed). A template
/// without the pragma still gets the library's HTML escaping, with the same output.
struct HTMLEscaping: MustacheContentType {
    /// Makes `{{% CONTENT_TYPE: HTML}}` use this escaping; call before templates are parsed.
    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: "HTML")
    }

    func escapeText(_ text: String) -> String {
        Self.mayNeedEscaping(text) ? Self.escaped(text) : text
    }

    /// `text` with each of the five characters replaced by its entity (for XML too: `&#39;` and `&quot;` are XML's).
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Whether `text` holds one of the bytes `<`, `>`, `&`, `"`, `'` (every character escaped contains one).
    static func mayNeedEscaping(_ text: String) -> Bool {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool {
            bytes.contains { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(text.utf8)
    }
}
