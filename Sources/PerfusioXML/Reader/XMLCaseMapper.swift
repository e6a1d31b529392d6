import PerfusioCore

/// Turns a parsed record's elements into a ``PerfusionCase``, giving every origin the line it was read from.
///
/// It runs after schema validation. When the document is valid, the only problems left are values the schema
/// accepts but the model cannot hold; when it is not, the mapper reads what it can and stays quiet, since the
/// schema diagnostics already name every problem.
struct XMLCaseMapper {
    let source: String
    /// False when the schema already reported errors: the mapper then adds no diagnostics of its own.
    let reportsProblems: Bool
    private(set) var diagnostics: [Diagnostic] = []

    init(source: String, reportsProblems: Bool) {
        self.source = source
        self.reportsProblems = reportsProblems
    }

    /// The record under `root`, nil when it is not a case or its header cannot be read.
    mutating func map(_ root: DOMElement) -> PerfusionCase? {
        guard root.isNamed("case"), let headerElement = root.child("header"), let header = header(headerElement) else {
            return nil
        }
        var record = PerfusionCase(header: header)
        record.team = root.child("team")?.children("member").compactMap { member($0) } ?? []
        if let patientElement = root.child("patient") { record.patient = patient(patientElement) }
        if let circuitElement = root.child("circuit") { record.circuit = circuit(circuitElement) }
        record.events = root.child("events")?.children("event").compactMap { event($0) } ?? []
        record.readings = root.child("readings")?.children("reading").compactMap { reading($0) } ?? []
        record.fluids = root.child("fluids")?.children("fluid").compactMap { fluid($0) } ?? []
        record.noBloodProducts = root.child("no-blood-products") != nil
        record.bloodProducts = root.child("blood-products")?.children("blood-product").compactMap { bloodProduct($0) } ?? []
        record.checklist = root.child("checklist")?.children("item").map(checklistItem) ?? []
        record.notes = root.child("notes")?.children("note").map(note) ?? []
        record.handover = root.childText("handover")
        return record
    }

    /// Reports a value the model cannot hold, at its element.
    mutating func invalid(_ message: String, at element: DOMElement) {
        guard reportsProblems else { return }
        diagnostics.append(XMLDiagnostics.valueInvalid(message, at: location(element), path: element.path))
    }

    /// Reports a warning at `element`.
    mutating func warn(_ code: DiagnosticCode, _ message: String, at element: DOMElement) {
        guard reportsProblems else { return }
        diagnostics.append(code(message, at: location(element), path: element.path))
    }

    func location(_ element: DOMElement) -> SourceLocation { SourceLocation(file: source, line: element.line) }

    /// The origin of `element`: its `origin`/`device` attributes over what it inherits, and its line.
    func origin(_ element: DOMElement, inheriting inherited: OriginAttributes = .typed) -> Origin {
        let kind = element.attribute("origin").flatMap(Origin.Kind.init(rawValue:)) ?? inherited.kind
        let device = element.attribute("device").map { $0.isEmpty ? nil : $0 } ?? inherited.device
        return Origin(kind, at: location(element), device: device)
    }
}
