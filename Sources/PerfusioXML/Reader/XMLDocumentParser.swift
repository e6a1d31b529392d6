import CLibXML2
import PerfusioCore

/// Parses bytes into a libxml2 document safely: no network, no entity substitution, no DTD loading, and
/// no DOCTYPE at all (the parse stops at one).
enum XMLDocumentParser {
    /// The parser options: never `NOENT` (which turns entity substitution on), `DTDLOAD`, `DTDATTR`,
    /// `DTDVALID` or `HUGE`. Errors are collected through the context, not printed.
    static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// The document, or nil with the reasons; well-formedness problems carry line and column.
    static func parse(_ bytes: [UInt8], source: String) -> (ParsedDocument?, [Diagnostic]) {
        LibXML.ensureInitialised()
        guard let ctxt = xmlNewParserCtxt() else {
            return (nil, [XMLDiagnostics.syntax("libxml2 could not create a parser", at: SourceLocation(file: source, line: 1))])
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let sink = XMLErrorSink(source: source)
        ctxt.pointee._private = sink.opaque
        ctxt.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let sinkPointer = ctxt.pointee._private else { return }
            XMLErrorSink.from(sinkPointer).addSyntaxError(error.pointee)
        }
        ctxt.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            if let sinkPointer = ctxt.pointee._private {
                XMLErrorSink.from(sinkPointer).doctypeLine = Int(ctxt.pointee.input?.pointee.line ?? 1)
            }
            xmlStopParser(ctxt)
        }
        ctxt.pointee.sax.pointee.startElementNs = { userData, name, prefix, uri, nsCount, namespaces, count, defaulted, attributes in
            xmlSAX2StartElementNs(userData, name, prefix, uri, nsCount, namespaces, count, defaulted, attributes)
            guard let userData else { return }
            ElementLines.record(userData.assumingMemoryBound(to: xmlParserCtxt.self))
        }
        let doc: xmlDocPtr? = withExtendedLifetime(sink) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count), source, nil, options)
                }
            }
        }
        let document = doc.map(ParsedDocument.init)
        if sink.doctypeLine != nil || (document.map { xmlGetIntSubset($0.pointer) != nil } ?? false) {
            return (nil, [XMLDiagnostics.doctype("the document has a DOCTYPE; records need none, so it is refused without reading it",
                                                 at: SourceLocation(file: source, line: max(sink.doctypeLine ?? 1, 1)))])
        }
        if document == nil, !sink.diagnostics.hasErrors {
            sink.add(XMLDiagnostics.syntax("the document could not be parsed", at: SourceLocation(file: source, line: 1)))
        }
        return (sink.diagnostics.hasErrors ? nil : document, sink.diagnostics)
    }
}

extension XMLErrorSink {
    /// Records a well-formedness error with libxml2's line and column (`int2`, counted in characters).
    func addSyntaxError(_ error: xmlError) {
        let location = SourceLocation(file: source, line: max(Int(error.line), 1), column: max(Int(error.int2), 0))
        var message = XMLErrorSink.message(error.message)
        if message.hasPrefix("Excessive depth in document") {
            message = "elements are nested more than 256 deep; a record never needs more than 6 levels"
        }
        add(Diagnostic(id: XMLDiagnostics.syntax.id, severity: XMLErrorSink.severity(error.level), message: message,
                       location: location))
    }
}
