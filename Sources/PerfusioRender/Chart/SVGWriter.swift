import PerfusioCore

/// Writes SVG elements with every attribute value and text escaped, one element per line.
///
/// Only this type puts record text into SVG; callers never concatenate markup themselves. The markup is built as
/// UTF-8 bytes in one buffer (a chart is thousands of small pieces: appending each to a `String` was the largest
/// cost of drawing it) and becomes a `String` once, at the end.
struct SVGWriter {
    private var bytes: [UInt8] = []
    private var depth = 0

    init() {
        bytes.reserveCapacity(1 << 17)
    }

    /// The markup written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Opens `name` with `attributes` (in the order given, for deterministic output).
    mutating func open(_ name: String, _ attributes: [(String, SVGValue)] = []) {
        start(name, attributes)
        append(">\n")
        depth += 1
    }

    /// Closes the element opened last.
    mutating func close(_ name: String) {
        depth -= 1
        indent()
        append("</")
        append(name)
        append(">\n")
    }

    /// An empty element, or one holding `content` as escaped text.
    mutating func element(_ name: String, _ attributes: [(String, SVGValue)] = [], text content: String? = nil) {
        start(name, attributes)
        guard let content else {
            append("/>\n")
            return
        }
        append(">")
        SVGBytes.appendEscaped(content, to: &bytes)
        append("</")
        append(name)
        append(">\n")
    }

    /// `<name a="v"…` at the current indentation, the tag left open.
    private mutating func start(_ name: String, _ attributes: [(String, SVGValue)]) {
        indent()
        append("<")
        append(name)
        for (key, value) in attributes {
            append(" ")
            append(key)
            append("=\"")
            SVGBytes.append(value, to: &bytes)
            append("\"")
        }
    }

    /// Our own markup and names, copied as they are.
    private mutating func append(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func indent() {
        let n = max(depth, 0)
        if n <= Self.spaces.count { bytes.append(contentsOf: Self.spaces[..<n]) } else {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n))
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)
}

/// A coordinate for SVG: one decimal, POSIX formatting, no trailing zeros.
func svgNumber(_ value: Double) -> String { NumberFormatting.trimmed(value, maxDigits: 1) }
