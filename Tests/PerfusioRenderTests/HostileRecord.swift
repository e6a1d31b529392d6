import PerfusioCore

/// A record with every text field set to `payload` and every optional part present: the input of the
/// escaping tests and of the template-variable check (a view with nothing left out).
enum HostileRecord {
    static let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "[click](javascript:alert(1)) <javascript:alert(1)>",
        "{{mustache}} {{{triple}}} {{> partials/style}}",
    ]

    static func make(_ p: String) -> PerfusionCase {
        let day = RenderFixtures.day
        func at(_ h: Int, _ m: Int) -> CaseTime { RenderFixtures.at(h, m) }
        let origin = Origin(.typed, at: SourceLocation(file: p, line: 3, column: 1))
        var header = CaseHeader(caseID: p, kind: .cpb, date: day, mode: p, institution: p, location: p, procedure: p,
                                urgency: .urgent, indication: p, otherFields: [LabeledText(label: p, text: p)])
        header.origin = origin
        let patient = Patient(identity: PatientIdentity(name: p, recordNumber: p, dateOfBirth: CaseDate(year: 1960, month: 1, day: 1)),
                              sex: .female, height: Quantity(170, .centimetres), weight: Quantity(70, .kilograms), bloodGroup: p,
                              allergies: [p], preoperative: [PreoperativeValue(name: p, quantity: nil, text: p),
                                                             PreoperativeValue(name: "hct", quantity: Quantity(40, .percent), text: "40 %")])
        let circuit = Circuit(components: [LabeledText(label: p, text: p)], cannulae: [Cannula(role: .arterial, text: p)],
                              prime: [PrimeItem(name: p, amount: Quantity(1000, .millilitres), text: p)],
                              autologousPrimeRemoved: Quantity(200, .millilitres))
        let details = EventDetails(agent: p, dose: Quantity(100, .micrograms), value: Quantity(500, .seconds), doseNumber: 1,
                                   solution: .blood, routes: [.antegrade], volume: Quantity(1000, .millilitres))
        let events = [
            CaseEvent(time: at(8, 0), kind: .heparin, text: p, details: EventDetails(agent: p, dose: Quantity(21000, .internationalUnits))),
            CaseEvent(time: at(8, 5), kind: .act, text: p, details: details),
            CaseEvent(time: at(8, 10), kind: .bypassOn, text: p),
            CaseEvent(time: at(8, 15), kind: .crossClampOn, text: p),
            CaseEvent(time: at(8, 16), kind: .cardioplegia, text: p, details: details),
            CaseEvent(time: at(8, 20), kind: .circulatoryArrestStart, text: p, details: EventDetails(cerebralPerfusion: .antegrade)),
            CaseEvent(time: at(8, 30), kind: .circulatoryArrestEnd, text: p),
            CaseEvent(time: at(8, 40), kind: .drug, text: p, details: details),
            CaseEvent(time: at(8, 45), kind: .weaningStart, text: p),
            CaseEvent(time: at(8, 50), kind: .crossClampOff, text: p),
            CaseEvent(time: at(8, 55), kind: .defibrillation, text: p, details: details),
            CaseEvent(time: at(9, 0), kind: .bypassOff, text: p),
            CaseEvent(time: at(9, 5), kind: .protamine, text: p, details: EventDetails(agent: p, dose: Quantity(200, .milligrams))),
            CaseEvent(time: at(9, 6), kind: .drug, text: p, details: EventDetails(agent: p, dose: Quantity(0.05, .microgramsPerKilogramPerMinute))),
            CaseEvent(time: at(9, 7), kind: .other, text: p),
        ].map { e -> CaseEvent in var e = e; e.origin = origin; return e }
        let readings = [at(8, 12), at(8, 35), at(8, 50)].map { t in
            Reading(time: t, values: [
                .pumpFlow: ReadingValue(quantity: Quantity(4.2, .litresPerMinute), text: p),
                .map: ReadingValue(quantity: Quantity(45, .mmHg)), .hb: ReadingValue(quantity: Quantity(8, .gramsPerDecilitre)),
                .hct: ReadingValue(quantity: Quantity(24, .percent)), .po2: ReadingValue(quantity: Quantity(250, .mmHg)),
                .sao2: ReadingValue(quantity: Quantity(100, .percent)), .glucose: ReadingValue(quantity: Quantity(190, .milligramsPerDecilitre)),
                .lactate: ReadingValue(quantity: Quantity(2.5, .millimolesPerLitre)), .act: ReadingValue(quantity: Quantity(480, .seconds)),
                .arterialOutletTemperature: ReadingValue(quantity: Quantity(34, .celsius)),
            ], otherValues: [LabeledText(label: p, text: p)])
        }
        return PerfusionCase(
            header: header, team: [TeamMember(role: .primaryPerfusionist, name: p, credentials: p, supervisor: p, roleLabel: p)],
            patient: patient, circuit: circuit, events: events, readings: readings,
            fluids: [FluidEntry(kind: .urine, volume: Quantity(300, .millilitres), time: at(8, 50), text: p),
                     FluidEntry(kind: .crystalloid, volume: Quantity(500, .millilitres), text: p)],
            bloodProducts: [BloodProduct(product: .redCells, units: 1, volume: Quantity(300, .millilitres), time: at(8, 40), text: p)],
            checklist: [ChecklistItem(text: p, isChecked: true), ChecklistItem(text: p, isChecked: false)],
            notes: [Note(text: p), Note(text: p, section: p, isUnparsed: true)], handover: p)
    }

    /// A finding whose every text is the payload.
    static func finding(_ p: String) -> Diagnostic {
        Diagnostic(id: p, severity: .warning, message: p, location: SourceLocation(file: p, line: 3, column: 2), source: p,
                   finding: Finding(time: RenderFixtures.at(8, 35), value: p, threshold: p, numericValue: 45, numericThreshold: 50))
    }
}
