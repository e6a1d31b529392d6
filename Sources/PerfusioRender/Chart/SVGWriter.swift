import PerfusioCore

/// Writes SVG elements with every attribute value and text escaped, one element per line.
///
/// Only this type puts record text into SVG; callers never concatenate markup themselves.
struct SVGWriter {
    private(set) var text: String
    private var depth = 0
    /// Indentation by depth, made once (a chart is written one small element at a time).
    private static let indents = (0..<16).map { String(repeating: " ", count: $0) }

    init() {
        text = ""
        text.reserveCapacity(1 << 16)
    }

    /// Opens `name` with `attributes` (in the order given, for deterministic output).
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        text += ">\n"
        depth += 1
    }

    /// Closes the element opened last.
    mutating func close(_ name: String) {
        depth -= 1
        indent()
        text += "</"
        text += name
        text += ">\n"
    }

    /// An empty element, or one holding `content` as escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String? = nil) {
        start(name, attributes)
        guard let content else {
            text += "/>\n"
            return
        }
        text += ">"
        text += XMLText.escaped(content)
        text += "</"
        text += name
        text += ">\n"
    }

    /// `<name a="v"…` at the current indentation, the tag left open.
    private mutating func start(_ name: String, _ attributes: [(String, String)]) {
        indent()
        text += "<"
        text += name
        for (key, value) in attributes {
            text += " "
            text += key
            text += "=\""
            text += XMLText.escaped(value)
            text += "\""
        }
    }

    private mutating func indent() {
        text += depth < Self.indents.count ? Self.indents[max(depth, 0)] : String(repeating: " ", count: depth)
    }
}

/// A coordinate for SVG: one decimal, POSIX formatting, no trailing zeros.
func svgNumber(_ value: Double) -> String { NumberFormatting.trimmed(value, maxDigits: 1) }
