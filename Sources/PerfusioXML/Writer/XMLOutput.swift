import CLibXML2
import PerfusioCore

/// A Swift face on libxml2's `xmlTextWriter`, writing an indented UTF-8 document into memory.
///
/// libxml2 escapes markup characters (and, in attributes, tabs and line breaks); this type also replaces
/// the few characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF) with U+FFFD, so the output is always well-formed.
final class XMLOutput {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init() {
        LibXML.ensureInitialised()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterSetIndent(writer, 1)
        LibXML.withXMLChars("  ") { _ = xmlTextWriterSetIndentString(writer, $0) }
        xmlTextWriterStartDocument(writer, nil, "UTF-8", nil)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens the root element in `namespace`.
    func startRoot(_ name: String, namespace: String) {
        LibXML.withXMLChars(name) { n in
            LibXML.withXMLChars(namespace) { ns in _ = xmlTextWriterStartElementNS(writer, nil, n, ns) }
        }
    }

    /// Opens an element.
    func start(_ name: String) {
        LibXML.withXMLChars(name) { _ = xmlTextWriterStartElement(writer, $0) }
    }

    /// Turns indentation on or off; off, child elements follow each other on the same line.
    func setIndented(_ indented: Bool) { xmlTextWriterSetIndent(writer, indented ? 1 : 0) }

    /// Writes whitespace between elements as it stands (where indentation is off).
    func raw(_ whitespace: String) { LibXML.withXMLChars(whitespace) { _ = xmlTextWriterWriteRaw(writer, $0) } }

    /// Closes the innermost open element (`<a/>` when it is empty).
    func end() { xmlTextWriterEndElement(writer) }

    /// Writes an attribute of the open element; nothing when `value` is nil.
    func attribute(_ name: String, _ value: String?) {
        guard let value else { return }
        LibXML.withXMLChars(name) { n in
            LibXML.withXMLChars(XMLOutput.clean(value)) { v in _ = xmlTextWriterWriteAttribute(writer, n, v) }
        }
    }

    /// Writes text content into the open element.
    func text(_ value: String) {
        LibXML.withXMLChars(XMLOutput.clean(value)) { _ = xmlTextWriterWriteString(writer, $0) }
    }

    /// Writes `<name>text</name>`; nothing when `text` is nil.
    func element(_ name: String, text: String?) {
        guard let text else { return }
        start(name)
        self.text(text)
        end()
    }

    /// Writes `<name value="…" unit="…"/>`; nothing when `quantity` is nil or not a finite number.
    func quantity(_ name: String, _ quantity: Quantity?) {
        guard let quantity, quantity.value.isFinite else { return }
        start(name)
        attribute("value", quantity.formattedValue)
        attribute("unit", quantity.unit.rawValue)
        end()
    }

    /// Closes every open element and returns the document.
    func finish() -> String {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        let bytes = UnsafeBufferPointer(start: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer)))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` with characters XML 1.0 cannot carry replaced by U+FFFD.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars { scalars.append(isForbidden(s) ? "\u{FFFD}" : s) }
        return String(scalars)
    }

    private static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s.value != 0x9 && s.value != 0xA && s.value != 0xD) || s.value == 0xFFFE || s.value == 0xFFFF
    }
}
