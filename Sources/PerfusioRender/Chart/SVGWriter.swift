import PerfusioCore

/// Writes SVG elements with every attribute value and text escaped, one element per line.
///
/// Only this type puts record text into SVG; callers never concatenate markup themselves. The markup is built as
/// UTF-8 bytes in one buffer (a chart is thousands of small pieces: appending each to a `String` was the largest
/// cost of drawing it) and becomes a `String` once, at the end. Element and attribute names are `StaticString`s,
/// and each element's attributes are written by a closure straight into the buffer (``SVGAttributes``), so an
/// element costs no array and no `String` of its own:
///
/// ```swift
/// w.element("circle") { $0.number("cx", x); $0.number("cy", y); $0.literal("r", "2.4") }
/// w.element("text", text: label) { $0.number("x", x); $0.number("y", y) }
/// ```
struct SVGWriter: ~Copyable {
    /// The buffer, seen by attribute closures only as attributes.
    private var out = SVGAttributes()
    private var depth = 0

    /// The markup written so far.
    var text: String { out.markup }

    /// Opens `name` with the attributes `attributes` writes (in the order written, for deterministic output).
    mutating func open(_ name: StaticString, _ attributes: (inout SVGAttributes) -> Void = { _ in }) {
        start(name)
        attributes(&out)
        append(">\n")
        depth += 1
    }

    /// Closes the element opened last.
    mutating func close(_ name: StaticString) {
        depth -= 1
        indent()
        endTag(name)
    }

    /// An empty element, or one holding `content` as escaped text, with the attributes `attributes` writes.
    mutating func element(_ name: StaticString, text content: String? = nil,
                          _ attributes: (inout SVGAttributes) -> Void = { _ in }) {
        start(name)
        attributes(&out)
        guard let content else {
            append("/>\n")
            return
        }
        out.bytes.append(UInt8(ascii: ">"))
        out.appendEscaped(content)
        endTag(name)
    }

    /// `</name>` and a line break.
    private mutating func endTag(_ name: StaticString) {
        append("</")
        append(name)
        append(">\n")
    }

    /// `<name` at the current indentation, the tag left open for attributes.
    private mutating func start(_ name: StaticString) {
        indent()
        out.bytes.append(UInt8(ascii: "<"))
        append(name)
    }

    /// Our own markup, copied as it is.
    private mutating func append(_ markup: StaticString) {
        out.bytes.append(markup)
    }

    private mutating func indent() {
        let n = max(depth, 0)
        for _ in 0..<n { out.bytes.append(UInt8(ascii: " ")) }
    }
}

/// A coordinate for SVG: one decimal, POSIX formatting, no trailing zeros.
func svgNumber(_ value: Double) -> String { NumberFormatting.trimmed(value, maxDigits: 1) }
