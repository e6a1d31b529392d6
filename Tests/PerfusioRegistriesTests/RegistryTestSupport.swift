import Foundation
import PerfusioCore
import PerfusioTestSupport
@testable import PerfusioRegistries

/// Small records and profiles built inline for registry tests.
enum RegistryTestSupport {
    static func profile(_ id: String) throws -> RegistryProfile {
        let url = Fixtures.packageRoot.appendingPathComponent("schemas/registries/\(id).yaml")
        return try ProfileLoader.load(String(contentsOf: url, encoding: .utf8), id: id, file: "\(id).yaml").get()
    }

    static func loadProfile(_ yaml: String) throws -> RegistryProfile {
        try ProfileLoader.load(yaml, id: "test", file: "test.yaml").get()
    }

    /// A CPB case with identifiers, a checklist, notes and a handover, read from `case.md`.
    static func record(caseID: String = "SEC-1", name: String = "Harold Example", mrn: String = "00482913",
                       dob: String = "1958-07-02", date: String = "2026-03-14") -> PerfusionCase {
        let at = { (line: Int) in Origin.typed(at: SourceLocation(file: "case.md", line: line, column: 1)) }
        var header = CaseHeader(caseID: caseID, kind: .cpb, date: CaseDate(iso: date)!, institution: "St Example",
                                procedure: "CABG x3", urgency: .elective, origin: at(2))
        header.otherFields = [LabeledText(label: "blood_products_refused", text: "no", origin: at(9))]
        let patient = Patient(identity: PatientIdentity(name: name, recordNumber: mrn, dateOfBirth: CaseDate(iso: dob)),
                              sex: .male, height: Quantity(175, .centimetres), weight: Quantity(82, .kilograms), origin: at(12))
        let circuit = Circuit(components: [LabeledText(label: "oxygenator", text: "Capiox FX25 SN 884213", origin: at(20))],
                              cannulae: [Cannula(role: .arterial, site: "ascending aorta", text: "22 Fr, ascending aorta", origin: at(21)),
                                         Cannula(role: .venous, site: "right atrium", text: "36/46 Fr two-stage, right atrium", origin: at(22))],
                              origin: at(19))
        return PerfusionCase(header: header, patient: patient, circuit: circuit,
                             bloodProducts: [BloodProduct(product: .redCells, units: 2, text: "PRBC 2 units", origin: at(60))],
                             checklist: [ChecklistItem(text: "done", isChecked: true, origin: at(70))],
                             notes: [Note(text: "Harold was anxious", origin: at(80))], handover: "Mr Example to ICU")
    }

    /// Figures as the metrics give them for a plain CABG: 109 min CPB, 73 min cross-clamp.
    static func figures(cpb: Double = 109, crossClamp: Double = 73, lowestHct: Double = 24) -> RegistryFigures {
        let at = { (line: Int) in SourceLocation(file: "case.md", line: line, column: 1) }
        return RegistryFigures(values: [
            "cpb_used": SourceValue(.flag(true)), "cpb_minutes": SourceValue(.number(cpb, digits: 0), at: at(40)),
            "cross_clamp_used": SourceValue(.flag(true)),
            "cross_clamp_minutes": SourceValue(.number(crossClamp, digits: 0), at: at(43)),
            "cardioplegia_delivery": SourceValue(.text("both")), "cardioplegia_solution": SourceValue(.text("blood")),
            "circulatory_arrest_used": SourceValue(.flag(false)), "temperature_measured": SourceValue(.flag(true)),
            "lowest_temperature": SourceValue(.number(33.6, digits: 1), at: at(52)),
            "lowest_temperature_site": SourceValue(.text("t_art"), at: at(52)),
            "lowest_hb": SourceValue(.number(8.2, digits: 1), at: at(54)),
            "lowest_hct": SourceValue(.number(lowestHct, digits: 0), at: at(54)),
            "peak_glucose": SourceValue(.number(184, digits: 0), at: at(55)),
        ])
    }
}
