import Foundation
import PerfusioCore
import PerfusioYAML

/// Reads a pump log (YAML front matter + Markdown body) into a ``PerfusionCase``.
///
/// Never throws for bad input: what it cannot read becomes a diagnostic, and text it does not understand is
/// kept as an unparsed ``Note`` with a warning. The record is nil only when the header (case id, kind, date)
/// cannot be read or the input is refused by a limit.
///
/// ```swift
/// let result = LogReader().read(Array(text.utf8), from: "adult-cabg.md")
/// for d in result.diagnostics { print(d.location?.description ?? "", d.message) }
/// ```
public struct LogReader: RecordReader {
    /// Caps checked before parsing, against oversized and pathological inputs (TOOLCHAIN.md).
    public struct Limits: Sendable, Hashable {
        /// Largest log accepted, in bytes. Default 32 MiB: an eight-hour case at one reading a second is ~3 MB.
        public var maxBytes: Int
        /// Widest table accepted. Default 200 columns: a readings table has tens.
        public var maxTableColumns: Int
        /// Most `[` in one block (lines between blank lines). Default 1,000.
        public var maxBracketsPerBlock: Int

        public init(maxBytes: Int = 32 * 1024 * 1024, maxTableColumns: Int = 200, maxBracketsPerBlock: Int = 1_000) {
            self.maxBytes = maxBytes
            self.maxTableColumns = maxTableColumns
            self.maxBracketsPerBlock = maxBracketsPerBlock
        }
    }

    public var limits: Limits
    /// Readings tables of at least this many rows are read on all cores at once (the same record either way).
    package var concurrentTableRows = ConcurrentMap.minimumReadings

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    public func read(_ bytes: [UInt8], from source: String) -> ReadResult {
        guard bytes.count <= limits.maxBytes else {
            return refused(MarkdownDiagnostics.sizeLimit(
                "the log is \(bytes.count) bytes; the limit is \(limits.maxBytes)", at: SourceLocation(file: source, line: 1, column: 1)))
        }
        guard let text = String(validating: LineEndings.normalised(bytes), as: UTF8.self) else {
            return refused(MarkdownDiagnostics.encoding("the log is not UTF-8 text", at: SourceLocation(file: source, line: 1, column: 1)))
        }
        let split = FrontMatterSplit(text)
        let body = SourceText(split.body, file: source, lineOffset: split.bodyLineOffset)
        if let refusal = InputGuard(limits: limits, source: body).check(split.body) { return refused(refusal) }
        var session = Session(file: source, body: body)
        session.concurrentTableRows = concurrentTableRows
        session.readFrontMatter(split)
        session.readBody(CmarkDocument.blocks(split.body))
        // Messages quote what they found: the patient's identifiers are taken out, wherever they were typed, and long
        // quotes are cut.
        let diagnostics = IdentifierRedaction(session.record.patient.identity).redact(session.diagnostics)
            .map { $0.shorteningQuotes() }
        return ReadResult(record: session.isHeaderUsable ? session.record : nil, diagnostics: diagnostics)
    }

    private func refused(_ diagnostic: Diagnostic) -> ReadResult {
        ReadResult(record: nil, diagnostics: [diagnostic])
    }
}

extension LogReader {
    /// The state of one read: the record so far and the diagnostics.
    struct Session {
        let file: String
        let body: SourceText
        var diagnostics: [Diagnostic] = []
        var record = PerfusionCase(header: CaseHeader(caseID: "", kind: .cpb, date: CaseDate(year: 2000, month: 1, day: 1)!))
        var isHeaderUsable = true
        var concurrentTableRows = ConcurrentMap.minimumReadings

        init(file: String, body: SourceText) {
            self.file = file
            self.body = body
        }

        mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

        /// Keeps text the reader did not understand as a note, and warns about it.
        mutating func keepUnparsed(_ text: String, section: LogSection?, at location: SourceLocation,
                                   _ code: DiagnosticCode = MarkdownDiagnostics.unparsed, message: String? = nil) {
            record.notes.append(Note(text: text, section: section?.rawValue, isUnparsed: true, origin: .typed(at: location)))
            let where_ = section.map { "in \($0.rawValue)" } ?? "here"
            report(code(message ?? "Perfusio did not understand this line \(where_); it is kept as a note", at: location))
        }
    }
}
