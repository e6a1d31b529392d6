import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses text as XML (no network, no external entities) and returns the parser's error, or nil when well-formed.
enum WellFormedXML {
    static func error(in text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        if parser.parse() { return nil }
        return "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "unknown error")"
    }
}
