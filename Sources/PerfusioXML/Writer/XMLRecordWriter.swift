import PerfusioCore

/// Writes a ``PerfusionCase`` as an XML record that validates against `schemas/perfusion-case.xsd`.
///
/// The output is deterministic: elements and attributes in a fixed order, two-space indentation, numbers
/// with the decimals they were written with (``Quantity/formattedValue``), times as `yyyy-MM-ddTHH:mm:ss`.
/// Origins are written only where they carry information (captured or derived, a device); source lines of
/// typed values are not written, since a reader sets them from where it finds each element.
///
/// ```swift
/// let xml = XMLRecordWriter().write(record)
/// ```
public struct XMLRecordWriter: RecordWriter {
    public init() {}

    /// The record as an XML document, ending with a line break.
    public func write(_ record: PerfusionCase) -> String {
        let out = XMLOutput()
        out.startRoot("case", namespace: PerfusioFormat.namespace)
        out.attribute("version", PerfusioFormat.version)
        writeHeader(record.header, to: out)
        writeTeam(record.team, to: out)
        writePatient(record.patient, to: out)
        writeCircuit(record.circuit, to: out)
        writeEvents(record.events, to: out)
        writeReadings(record.readings, to: out)
        writeFluids(record, to: out)
        writeChecklist(record.checklist, to: out)
        writeNotes(record.notes, to: out)
        out.element("handover", text: record.handover)
        out.end()
        return out.finish()
    }

    /// Writes `<name>` holding one child per item, or nothing when there are no items.
    func writeList<T>(_ name: String, _ items: [T], to out: XMLOutput, _ each: (T) -> Void) {
        guard !items.isEmpty else { return }
        out.start(name)
        items.forEach(each)
        out.end()
    }
}

/// Who or what produced a value, as the `origin` and `device` attributes carry it.
struct OriginAttributes: Equatable {
    var kind: Origin.Kind
    var device: String?

    /// Typed by a person, no device: what an element without origin attributes means.
    static let typed = OriginAttributes(kind: .typed, device: nil)

    /// The attributes `origin` stands for, or `inherited` when it is nil.
    init(_ origin: Origin?, inheriting inherited: OriginAttributes = .typed) {
        self.kind = origin?.kind ?? inherited.kind
        self.device = origin == nil ? inherited.device : origin?.device
    }

    init(kind: Origin.Kind, device: String?) {
        self.kind = kind
        self.device = device
    }
}

extension XMLOutput {
    /// Writes the `origin`/`device` attributes of `origin` where they differ from what is inherited.
    /// An empty `device` says "no device" where the parent names one.
    func origin(_ origin: Origin?, inheriting inherited: OriginAttributes = .typed) {
        let own = OriginAttributes(origin, inheriting: inherited)
        if own.kind != inherited.kind { attribute("origin", own.kind.rawValue) }
        if own.device != inherited.device { attribute("device", own.device ?? "") }
    }

    /// Writes a time attribute as `yyyy-MM-ddTHH:mm:ss`; nothing when nil.
    func time(_ name: String, _ time: CaseTime?) { attribute(name, time?.iso) }
}
