import CLibXML2

/// One element of a parsed document, read through libxml2's tree. Valid only while its ``ParsedDocument`` lives.
struct DOMElement {
    let node: xmlNodePtr

    /// The local name (`reading`, `flow`).
    var name: String { LibXML.string(node.pointee.name) ?? "" }

    /// True when the local name is `other`, without making a Swift string.
    func isNamed(_ other: String) -> Bool {
        LibXML.withXMLChars(other) { xmlStrEqual(node.pointee.name, $0) != 0 }
    }

    /// The 1-based line the element starts on (beyond 65,535 too, thanks to `XML_PARSE_BIG_LINES`).
    var line: Int { ElementLines.line(of: node) }

    /// The value of an unqualified attribute, nil when absent.
    func attribute(_ name: String) -> String? {
        LibXML.withXMLChars(name) { LibXML.takeString(xmlGetNoNsProp(node, $0)) }
    }

    /// The text content, character references resolved.
    var text: String { LibXML.takeString(xmlNodeGetContent(node)) ?? "" }

    /// The child elements, in document order.
    var children: [DOMElement] {
        var result: [DOMElement] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(DOMElement(node: c)) }
            child = c.pointee.next
        }
        return result
    }

    /// The first child element named `name`.
    func child(_ name: String) -> DOMElement? { children.first { $0.isNamed(name) } }

    /// Every child element named `name`.
    func children(_ name: String) -> [DOMElement] { children.filter { $0.isNamed(name) } }

    /// The text of the first child named `name`, nil when there is none.
    func childText(_ name: String) -> String? { child(name)?.text }

    /// The path of this element, for diagnostics.
    var path: String? { NodePath.of(node) }
}
