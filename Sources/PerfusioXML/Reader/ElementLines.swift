import CLibXML2

/// Exact element lines beyond 65,535.
///
/// libxml2 2.9 keeps a node's line in 16 bits; past 65,535 `xmlGetLineNo` borrows the line of a neighbouring
/// node, usually the whitespace after the element, one line too far. The parser records each such element's
/// line in the node's application field (`_private`) as it creates it, and readers ask here.
enum ElementLines {
    private static let saturated = Int(UInt16.max)

    /// Called right after libxml2 created the current element: keeps its line when 16 bits cannot hold it.
    static func record(_ ctxt: xmlParserCtxtPtr) {
        guard let node = ctxt.pointee.node, let input = ctxt.pointee.input else { return }
        let line = Int(input.pointee.line)
        if line >= saturated { node.pointee._private = UnsafeMutableRawPointer(bitPattern: line) }
    }

    /// The 1-based line `node` starts on.
    static func line(of node: xmlNodePtr) -> Int {
        if node.pointee.type == XML_ELEMENT_NODE, Int(node.pointee.line) == saturated, let stored = node.pointee._private {
            return Int(bitPattern: stored)
        }
        return Int(xmlGetLineNo(node))
    }
}
