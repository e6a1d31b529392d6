import PerfusioCore

/// Reads an XML record (`schemas/perfusion-case.xsd`) into a ``PerfusionCase``.
///
/// The input passes four gates, each reported with its own diagnostic id: the size cap (`xml.too-large`), a safe
/// parse without network, entities or DTDs (`xml.syntax`, with line and column), the refusal of any DOCTYPE
/// (`xml.doctype`), and the schema (`xsd`, with line and element path). Then every element is mapped to the model,
/// its origin pointing at the line it came from. A record that fails the schema is still read as far as it can be.
///
/// ```swift
/// let reader = XMLRecordReader(schema: try SchemaValidator(path: "schemas/perfusion-case.xsd"))
/// let result = reader.read(bytes, from: "case.xml")
/// ```
public struct XMLRecordReader: RecordReader {
    /// The compiled schema, shared by every reader.
    public var schema: SchemaValidator
    public var limits: XMLLimits

    public init(schema: SchemaValidator, limits: XMLLimits = XMLLimits()) {
        self.schema = schema
        self.limits = limits
    }

    public func read(_ bytes: [UInt8], from source: String) -> ReadResult {
        guard bytes.count <= limits.maxBytes else {
            let message = "the file is \(bytes.count) bytes, more than the XML limit of \(limits.maxBytes) bytes; it is not read"
            return ReadResult(record: nil, diagnostics: [XMLDiagnostics.tooLarge(message, at: SourceLocation(file: source, line: 1))])
        }
        let (parsed, parseDiagnostics) = XMLDocumentParser.parse(bytes, source: source)
        guard let document = parsed, let root = document.root else {
            return ReadResult(record: nil, diagnostics: parseDiagnostics)
        }
        let schemaDiagnostics = schema.validate(document, source: source)
        var mapper = XMLCaseMapper(source: source, reportsProblems: !schemaDiagnostics.hasErrors)
        let (record, identity) = withExtendedLifetime(document) {
            (mapper.map(DOMElement(node: root)), XMLCaseMapper.identity(in: DOMElement(node: root)))
        }
        // libxml2 and the schema quote values (`'x' is not a valid value of the atomic type 'xs:date'`): the
        // patient's identifiers are taken out of every message.
        let diagnostics = IdentifierRedaction(identity).redact(parseDiagnostics + schemaDiagnostics + mapper.diagnostics)
        return ReadResult(record: record, diagnostics: diagnostics)
    }
}
