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
        bytes.append(UInt8(ascii: ">"))
        bytes.append(UInt8(ascii: "\n"))
        depth += 1
    }

    /// Closes the element opened last.
    mutating func close(_ name: String) {
        depth -= 1
        indent()
        endTag(name)
    }

    /// An empty element, or one holding `content` as escaped text; `shared` attributes (a style several elements
    /// use) follow `attributes`.
    mutating func element(_ name: String, _ attributes: [(String, SVGValue)] = [], _ shared: [(String, SVGValue)] = [],
                          text content: String? = nil) {
        start(name, attributes)
        appendAttributes(shared)
        guard let content else {
            append("/>\n")
            return
        }
        bytes.append(UInt8(ascii: ">"))
        SVGBytes.appendEscaped(content, to: &bytes)
        endTag(name)
    }

    /// `</name>` and a line break.
    private mutating func endTag(_ name: String) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `<name a="v"…` at the current indentation, the tag left open.
    private mutating func start(_ name: String, _ attributes: [(String, SVGValue)]) {
        indent()
        bytes.append(UInt8(ascii: "<"))
        append(name)
        appendAttributes(attributes)
    }

    private mutating func appendAttributes(_ attributes: [(String, SVGValue)]) {
        for (key, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            append(key)
            bytes.append(UInt8(ascii: "="))
            bytes.append(UInt8(ascii: "\""))
            SVGBytes.append(value, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
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
