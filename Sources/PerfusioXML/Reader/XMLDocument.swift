import CLibXML2

/// A parsed document that libxml2 owns, freed when the last reference goes. Pointers into it are valid
/// only while it lives; nothing outside this module sees them.
final class ParsedDocument {
    let pointer: xmlDocPtr

    init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// The root element, nil for a document without one.
    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}

/// Logical paths of elements (`/case/readings/reading[3]/hct`), for diagnostics.
///
/// `xmlGetNodePath` writes `*` for every element in a default namespace (`/*/*[6]/*[3]`), which tells a
/// person nothing; this writes local names, with a 1-based position where a name repeats among siblings.
enum NodePath {
    static func of(_ node: xmlNodePtr?) -> String? {
        var steps: [String] = []
        var current = node
        while let n = current, n.pointee.type == XML_ELEMENT_NODE {
            steps.append(step(n))
            current = n.pointee.parent
        }
        return steps.isEmpty ? nil : "/" + steps.reversed().joined(separator: "/")
    }

    private static func step(_ node: xmlNodePtr) -> String {
        let name = node.pointee.name
        var position = 1, total = 0
        var sibling = node.pointee.parent?.pointee.children
        while let s = sibling {
            if s.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(s.pointee.name, name) != 0 {
                total += 1
                if s == node { position = total }
            }
            sibling = s.pointee.next
        }
        let local = LibXML.string(name) ?? "?"
        return total > 1 ? "\(local)[\(position)]" : local
    }
}
