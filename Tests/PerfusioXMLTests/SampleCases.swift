import PerfusioCore

/// Hand-built records for the XML tests: `full` sets every field of the model at least once.
enum SampleCases {
    static let date = CaseDate(year: 2026, month: 3, day: 14)!

    static func at(_ hour: Int, _ minute: Int, _ second: Int = 0, day: CaseDate = date) -> CaseTime {
        CaseTime(date: day, hour: hour, minute: minute, second: second)!
    }

    static let cdi = Origin(.captured, device: "Terumo CDI 500")

    /// A record using every field, every kind of origin and text that needs escaping.
    static var full: PerfusionCase {
        PerfusionCase(header: header, team: team, patient: patient, circuit: circuit, events: events,
                      readings: readings, fluids: fluids, bloodProducts: bloodProducts, noBloodProducts: true,
                      checklist: [ChecklistItem(text: "Pre-bypass safety checklist completed", isChecked: true),
                                  ChecklistItem(text: "Cardioplegia line <pressure> alarm & test", isChecked: false)],
                      notes: [Note(text: "Venous drainage poor;\nrepositioned at 08:58."),
                              Note(text: "09:99 something odd", section: "Events", isUnparsed: true),
                              Note(text: "  leading and trailing spaces  ", section: "Notes")],
                      handover: "Transferred to ICU at 11:40.\n\nChest drains 80 mL.")
    }

    static let header = CaseHeader(
        caseID: "SEC-2026-0412", kind: .cpb, date: date, mode: "VA \"peripheral\"", institution: "St Example & Co",
        location: "OR 3", procedure: "CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA)", urgency: .elective,
        indication: "Triple-vessel disease", otherFields: [LabeledText(label: "theatre_nurse", text: "K. Lund"),
                                                          LabeledText(label: "tab\there", text: "a\tb")])

    static let team = [
        TeamMember(role: .surgeon, name: "A. Okafor"),
        TeamMember(role: .primaryPerfusionist, name: "J. Marsh", credentials: "CCP"),
        TeamMember(role: .studentPerformed, name: "T. Ng", supervisor: "J. Marsh"),
    ]

    static let patient = Patient(
        identity: PatientIdentity(name: "Harold Example", recordNumber: "00482913",
                                  dateOfBirth: CaseDate(year: 1958, month: 7, day: 2)),
        sex: .male, height: Quantity(175, .centimetres), weight: Quantity(82.0, .kilograms, fractionDigits: 1),
        bloodGroup: "O pos", allergies: ["penicillin", "latex"],
        preoperative: [PreoperativeValue(name: "hb", quantity: Quantity(13.2, .gramsPerDecilitre), text: "13.2 g/dL"),
                       PreoperativeValue(name: "lvef", quantity: nil, text: "moderately reduced")],
        ageYears: 67)

    static let circuit = Circuit(
        components: [LabeledText(label: "oxygenator", text: "Capiox FX25"), LabeledText(label: "arterial_pump", text: "roller")],
        cannulae: [Cannula(role: .arterial, size: Quantity(22, .french), site: "ascending aorta", text: "22 Fr, ascending aorta"),
                   Cannula(role: .venous, text: "two-stage")],
        prime: [PrimeItem(name: "Plasma-Lyte 148", amount: Quantity(1200, .millilitres), text: "1200 mL"),
                PrimeItem(name: "Heparin", amount: Quantity(5000, .internationalUnits), text: "5000 IU"),
                PrimeItem(name: "Albumin", amount: nil, text: "one bottle")],
        autologousPrimeRemoved: Quantity(350, .millilitres))

    static let events = [
        CaseEvent(time: at(8, 31), kind: .heparin, text: "Heparin 25000 IU IV",
                  details: EventDetails(agent: "Heparin", dose: Quantity(25000, .internationalUnits))),
        CaseEvent(time: at(8, 36), kind: .act, text: "ACT 556 s", details: EventDetails(value: Quantity(556, .seconds))),
        CaseEvent(time: at(8, 52), kind: .bypassOn, text: "CPB on"),
        CaseEvent(time: at(9, 2), kind: .cardioplegia, text: "Cardioplegia #1 antegrade, 4:1 blood, 1000 mL at 8 °C",
                  details: EventDetails(doseNumber: 1, solution: .blood, routes: [.antegrade, .retrograde],
                                        volume: Quantity(1000, .millilitres), temperature: Quantity(8, .celsius))),
        CaseEvent(time: at(9, 30), kind: .circulatoryArrestStart, text: "DHCA with ACP",
                  details: EventDetails(cerebralPerfusion: .antegrade)),
        CaseEvent(time: at(10, 0), kind: .relief, text: "Relief: T. Ng for J. Marsh",
                  details: EventDetails(incoming: "T. Ng", outgoing: "J. Marsh")),
        CaseEvent(time: at(10, 5), kind: .deviceInsertion, text: "IABP 40 mL left femoral",
                  details: EventDetails(site: "left femoral"), origin: cdi),
        CaseEvent(time: at(0, 15, day: date.nextDay), kind: .other, text: "after midnight"),
    ]

    static let readings = [
        Reading(time: at(8, 55), values: [
            .pumpFlow: ReadingValue(quantity: Quantity(4.7, .litresPerMinute)),
            .map: ReadingValue(quantity: Quantity(8.3, .kPa)),
            .ph: ReadingValue(quantity: Quantity(7.40, .unitless, fractionDigits: 2)),
            .arterialOutletTemperature: ReadingValue(quantity: Quantity(95.0, .fahrenheit, fractionDigits: 1)),
            .act: ReadingValue(quantity: nil, text: "---"),
            .hct: ReadingValue(quantity: Quantity(24, .percent), text: "24 %"),
        ], otherValues: [LabeledText(label: "Comment", text: "slow drainage")]),
        Reading(time: at(8, 55, 1), values: [
            .pumpFlow: ReadingValue(quantity: Quantity(4.65, .litresPerMinute, fractionDigits: 2), flags: ["out-of-range", "E 12"],
                                    excludedBy: "artefact.flow.spike", origin: cdi),
            .map: ReadingValue(quantity: Quantity(-0.0, .mmHg), origin: Origin(.captured)),
            .svo2: ReadingValue(quantity: Quantity(78, .percent), origin: Origin(.typed)),
        ], otherValues: [LabeledText(label: "Sensor", text: "ok", origin: cdi)], sample: .venous, origin: cdi),
        Reading(time: at(9, 0), values: [.hb: ReadingValue(quantity: Quantity(8.9, .gramsPerDecilitre), origin: Origin(.derived))],
                origin: Origin(.derived)),
    ]

    static let fluids = [
        FluidEntry(kind: .urine, volume: Quantity(380, .millilitres), text: "Urine on CPB: 380 mL"),
        FluidEntry(kind: .cardioplegia, volume: Quantity(2.3, .litres), crystalloidPart: Quantity(460, .millilitres),
                   time: at(10, 41), text: "Cardioplegia total: 2.3 L (crystalloid fraction 460 mL)"),
        FluidEntry(kind: .other, volume: nil, text: "some"),
    ]

    static let bloodProducts = [
        BloodProduct(product: .redCells, units: 2, time: at(9, 10), inPrime: true, text: "PRBC 2 units in prime"),
        BloodProduct(product: .plasma, volume: Quantity(250, .millilitres), text: "FFP 250 mL"),
    ]
}
