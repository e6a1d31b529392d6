import Foundation
import PerfusioCore

/// Resolves ``SourcePath``s against one case and its derived figures. Absent values are nil, never estimated.
public struct SourceResolver: Sendable {
    public let record: PerfusionCase
    public let figures: RegistryFigures
    /// The case id as the submission shows it (the pseudonymous id when de-identified).
    public let caseIdentifier: String

    public init(record: PerfusionCase, figures: RegistryFigures, caseIdentifier: String) {
        self.record = record
        self.figures = figures
        self.caseIdentifier = caseIdentifier
    }

    /// The value at `path`, with the line it came from; nil when the record does not hold it.
    public func resolve(_ path: SourcePath) -> SourceValue? {
        switch path {
        case .caseIdentifier: SourceValue(.text(caseIdentifier), at: record.header.origin?.location)
        case .header(let field): header(field)
        case .headerField(let label):
            record.header.otherFields.first { $0.label == label }.map { SourceValue(.text($0.text), at: $0.origin?.location) }
        case .patient(let field): patient(field)
        case .preoperative(let name):
            record.patient.preoperative.first { $0.name == name }.map {
                SourceValue($0.quantity.map(Self.number) ?? .text($0.text), at: $0.origin?.location)
            }
        case .notes: text(record.notes.filter { !$0.isUnparsed }.map(\.text).joined(separator: "\n"))
        case .handover: text(record.handover ?? "")
        case .figure(let name): figures.value(name)
        case .bloodProductUnits(let kind): bloodProductUnits(kind)
        case .bloodProductsGiven: bloodProductsGiven()
        case .readings(let parameter, let aggregate): readings(parameter, aggregate)
        case .eventCount(let kind): SourceValue(.integer(record.events(kind).count))
        case .eventTime(let kind):
            record.events(kind).first.map { SourceValue(.moment($0.time), at: $0.origin?.location) }
        case .fluidVolume(let kind): fluidVolume(kind)
        case .cannulaSites(let role): cannulaSites(role)
        case .component(let label):
            record.circuit.components.first { $0.label == label }.map { SourceValue(.text($0.text), at: $0.origin?.location) }
        case .autologousPrimeRemoved:
            record.circuit.autologousPrimeRemoved.flatMap { $0.value(in: .millilitres) }
                .map { SourceValue(.number($0, digits: 0), at: record.circuit.origin?.location) }
        case .checklistCompleted:
            record.checklist.isEmpty ? nil : SourceValue(.flag(record.checklist.allSatisfy(\.isChecked)),
                                                         at: record.checklist.first?.origin?.location)
        }
    }

    /// `Example, Harold` → (Example, Harold); `Harold Example` → (Example, Harold); one word is the family name.
    static func nameParts(_ name: String) -> (family: String?, given: String?) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let comma = trimmed.firstIndex(of: ",") {
            let family = trimmed[..<comma].trimmingCharacters(in: .whitespaces)
            let given = trimmed[trimmed.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            return (family.isEmpty ? nil : family, given.isEmpty ? nil : given)
        }
        let words = trimmed.split(separator: " ")
        guard let last = words.last else { return (nil, nil) }
        return (String(last), words.count > 1 ? words.dropLast().joined(separator: " ") : nil)
    }

    static func number(_ q: Quantity) -> FieldValue { .number(q.value, digits: q.fractionDigits) }

    private func text(_ t: String) -> SourceValue? { t.isEmpty ? nil : SourceValue(.text(t)) }

    private func header(_ field: SourcePath.HeaderField) -> SourceValue? {
        let h = record.header
        let value: FieldValue? = switch field {
        case .caseID: .text(h.caseID)
        case .kind: .text(h.kind.rawValue)
        case .mode: h.mode.map(FieldValue.text)
        case .date: .date(h.date)
        case .year: .integer(h.date.year)
        case .institution: h.institution.map(FieldValue.text)
        case .location: h.location.map(FieldValue.text)
        case .procedure: h.procedure.map(FieldValue.text)
        case .urgency: h.urgency.map { .text($0.rawValue) }
        case .indication: h.indication.map(FieldValue.text)
        }
        return value.map { SourceValue($0, at: h.origin?.location) }
    }

    private func patient(_ field: SourcePath.PatientField) -> SourceValue? {
        let p = record.patient
        let value: FieldValue? = switch field {
        case .name: p.identity.name.map(FieldValue.text)
        case .familyName: p.identity.name.flatMap { Self.nameParts($0).family }.map(FieldValue.text)
        case .givenName: p.identity.name.flatMap { Self.nameParts($0).given }.map(FieldValue.text)
        case .recordNumber: p.identity.recordNumber.map(FieldValue.text)
        case .dateOfBirth: p.identity.dateOfBirth.map(FieldValue.date)
        case .sex: p.sex.map { .text($0.rawValue) }
        case .age: record.patientAgeYears.map(FieldValue.integer)
        case .weight: p.weight.flatMap { q in q.value(in: .kilograms).map { .number($0, digits: max(q.fractionDigits, 1)) } }
        case .height: p.height.flatMap { q in q.value(in: .centimetres).map { .number($0, digits: max(q.fractionDigits, 0)) } }
        case .bloodGroup: p.bloodGroup.map(FieldValue.text)
        }
        return value.map { SourceValue($0, at: p.origin?.location ?? record.header.origin?.location) }
    }
}
