import PerfusioCore

/// Writes SVG elements with every attribute value and text escaped, one element per line.
///
/// Only this type puts record text into SVG; callers never concatenate markup themselves.
struct SVGWriter {
    private(set) var text = ""
    private var depth = 0

    /// Opens `name` with `attributes` (in the order given, for deterministic output).
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    /// Closes the element opened last.
    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    /// An empty element, or one holding `content` as escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String? = nil) {
        if let content {
            line("<\(name)\(Self.attributes(attributes))>\(XMLText.escaped(content))</\(name)>")
        } else {
            line("<\(name)\(Self.attributes(attributes))/>")
        }
    }

    private mutating func line(_ s: String) {
        text += String(repeating: " ", count: depth) + s + "\n"
    }

    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(XMLText.escaped($0.1))\"" }.joined()
    }
}

/// A coordinate for SVG: one decimal, POSIX formatting, no trailing zeros.
func svgNumber(_ value: Double) -> String { NumberFormatting.trimmed(value, maxDigits: 1) }
