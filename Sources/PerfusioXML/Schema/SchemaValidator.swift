import CLibXML2
import Foundation
import PerfusioCore

/// Validates parsed records against `schemas/perfusion-case.xsd`, compiled once and shared.
///
/// The compiled schema is read-only after compilation; concurrent validations each make their own
/// validation context, so one validator serves every reader in every task.
///
/// ```swift
/// let validator = try SchemaValidator(path: "schemas/perfusion-case.xsd")
/// let result = XMLRecordReader(schema: validator).read(bytes, from: "case.xml")
/// ```
public final class SchemaValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Compiles the schema at `path`. Throws ``SchemaLoadError`` when the file is missing or not a valid XSD.
    /// The file is read here rather than by libxml2, whose loader prints to standard error when it fails.
    public convenience init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SchemaLoadError(name: path, messages: ["the file cannot be read"])
        }
        try self.init(xsd: String(decoding: data, as: UTF8.self), name: path)
    }

    /// Compiles a schema from its text; `name` names it in errors.
    public init(xsd text: String, name: String = "perfusion-case.xsd") throws {
        LibXML.ensureInitialised()
        let bytes = Array(text.utf8)
        // The memory parser context copies nothing: the bytes stay alive until the schema is compiled.
        schema = try bytes.withUnsafeBufferPointer { b in
            try b.withMemoryRebound(to: CChar.self) {
                try SchemaValidator.compile(xmlSchemaNewMemParserCtxt($0.baseAddress, Int32($0.count)), name: name)
            }
        }
    }

    private static func compile(_ context: xmlSchemaParserCtxtPtr?, name: String) throws -> xmlSchemaPtr {
        guard let context else { throw SchemaLoadError(name: name, messages: ["cannot create a schema parser"]) }
        defer { xmlSchemaFreeParserCtxt(context) }
        let sink = XMLErrorSink(source: name)
        xmlSchemaSetParserStructuredErrors(context, { userData, error in
            guard let userData, let error else { return }
            XMLErrorSink.from(userData).add(.error("xsd", XMLErrorSink.message(error.pointee.message)))
        }, sink.opaque)
        let compiled = withExtendedLifetime(sink) { xmlSchemaParse(context) }
        guard let compiled else { throw SchemaLoadError(name: name, messages: sink.diagnostics.map(\.message)) }
        return compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// The schema violations in `document`, each with its line and element path (XSD errors have no column).
    func validate(_ document: ParsedDocument, source: String) -> [Diagnostic] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [XMLDiagnostics.schema("libxml2 could not create a validation context")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let sink = XMLErrorSink(source: source)
        xmlSchemaSetValidStructuredErrors(context, { userData, error in
            guard let userData, let error else { return }
            XMLErrorSink.from(userData).addSchemaError(error.pointee)
        }, sink.opaque)
        let status = withExtendedLifetime(sink) { xmlSchemaValidateDoc(context, document.pointer) }
        var diagnostics = sink.diagnostics
        if sink.droppedCount > 0 {
            diagnostics.append(XMLDiagnostics.schema("\(sink.droppedCount) more schema errors are not shown",
                                                     at: SourceLocation(file: source, line: 1)))
        }
        if status < 0, diagnostics.isEmpty {
            diagnostics.append(XMLDiagnostics.schema("libxml2 could not validate the document"))
        }
        return diagnostics
    }
}

/// The schema could not be compiled: the file is missing or is not a valid XSD.
public struct SchemaLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path or name of the schema.
    public var name: String
    /// libxml2's messages.
    public var messages: [String]
    public var description: String { "cannot compile schema \(name): " + messages.joined(separator: "; ") }
}

extension XMLErrorSink {
    /// Records a schema violation at its element's line, with its path. Messages about a patient
    /// identifier never repeat the value.
    func addSchemaError(_ error: xmlError) {
        let node = error.node?.assumingMemoryBound(to: xmlNode.self)
        let line = node.map(ElementLines.line(of:)) ?? Int(error.line)
        let path = NodePath.of(node)
        var message = XMLErrorSink.message(error.message)
        if let path, path.hasPrefix("/case/patient/identity") {
            message = "a patient identifier is not valid here (its value is not shown)"
        }
        add(XMLDiagnostics.schema(message, at: SourceLocation(file: source, line: max(line, 1)), path: path))
    }
}
