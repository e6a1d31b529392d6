import PerfusioCore

/// Every diagnostic the XML reader and schema validator can emit, with its meaning beside the id.
public enum XMLDiagnostics {
    /// The input is larger than ``XMLLimits/maxBytes``; it is not parsed.
    public static let tooLarge = DiagnosticCode("xml.too-large", .error, "the input is larger than the XML size limit and is not parsed")
    /// The input is not well-formed XML (libxml2's message, with line and column).
    public static let syntax = DiagnosticCode("xml.syntax", .error, "the input is not well-formed XML")
    /// The input has a document type declaration; records need none, and DTDs can carry entity attacks.
    public static let doctype = DiagnosticCode("xml.doctype", .error, "the input has a DOCTYPE, which records never need; it is refused unread")
    /// The input violates `schemas/perfusion-case.xsd` (line and path; no column).
    public static let schema = DiagnosticCode("xsd", .error, "the input does not match schemas/perfusion-case.xsd")
    /// A value the schema accepts but the model cannot hold (a number too long to read exactly).
    public static let valueInvalid = DiagnosticCode("xml.value.invalid", .error, "a value the schema accepts cannot be read into the model")
    /// A reading's unit does not measure what its parameter measures (flow in mmHg).
    public static let unitMismatch = DiagnosticCode("xml.unit.mismatch", .warning, "a reading's unit does not fit its parameter")

    /// The catalogue, for `docs/diagnostics.md` and its test.
    public static let all: [DiagnosticCode] = [tooLarge, syntax, doctype, schema, valueInvalid, unitMismatch]
}
