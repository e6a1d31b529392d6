import PerfusioCore

/// The example logs (`Tests/Fixtures/examples`) built by hand, as the Markdown reader would read them.
public enum ExampleRecords {
    static func q(_ v: Double, _ u: ClinicalUnit) -> Quantity { Quantity(v, u) }

    /// `adult-cabg.md` as the Markdown reader reads it (origins at the file's own lines and columns).
    public static func adultCABG() throws -> PerfusionCase {
        let log = try InlineLog(example: "adult-cabg.md", date: "2026-03-14")
        let patient = Patient(identity: PatientIdentity(dateOfBirth: CaseDate(iso: "1958-07-02")), sex: .male,
                              height: q(175, .centimetres), weight: q(82, .kilograms),
                              preoperative: [PreoperativeValue(name: "hct", quantity: q(39, .percent), text: "39 %")])
        let circuit = Circuit(components: [LabeledText(label: "cardioplegia", text: "4:1 blood (Buckberg), antegrade root and retrograde coronary sinus")],
                              prime: [PrimeItem(name: "Plasma-Lyte 148", amount: q(1200, .millilitres), text: "1200 mL"),
                                      PrimeItem(name: "Mannitol 20%", amount: q(100, .millilitres), text: "100 mL"),
                                      PrimeItem(name: "Heparin", amount: q(5000, .internationalUnits), text: "5000 IU")],
                              autologousPrimeRemoved: q(350, .millilitres))
        let plegia = { (n: Int, routes: [CardioplegiaRoute], ml: Double, solution: CardioplegiaSolution?) in
            EventDetails(doseNumber: n, solution: solution, routes: routes, volume: q(ml, .millilitres))
        }
        let events = [
            log.event(46, .act, EventDetails(value: q(128, .seconds))),
            log.event(47, .heparin, EventDetails(agent: "Heparin", dose: q(25000, .internationalUnits))),
            log.event(48, .act, EventDetails(value: q(556, .seconds))),
            log.event(51, .bypassOn), log.event(52, .coolingStart), log.event(53, .crossClampOn),
            log.event(54, .cardioplegia, plegia(1, [.antegrade], 1000, .blood)),
            log.event(55, .cardioplegia, plegia(2, [.retrograde], 400, nil)),
            log.event(58, .cardioplegia, plegia(3, [.antegrade, .graft], 400, nil)),
            log.event(59, .rewarmingStart),
            log.event(60, .cardioplegia, plegia(4, [], 500, nil)),
            log.event(63, .crossClampOff), log.event(65, .weaningStart), log.event(66, .bypassOff),
            log.event(67, .protamine, EventDetails(agent: "Protamine", dose: q(250, .milligrams))),
            log.event(68, .act, EventDetails(value: q(134, .seconds))),
        ]
        let columns: [(Parameter, ClinicalUnit)?] = [
            (.pumpFlow, .litresPerMinute), (.map, .mmHg), (.cvp, .mmHg), (.arterialOutletTemperature, .celsius),
            (.venousInflowTemperature, .celsius), (.nasopharyngealTemperature, .celsius), (.fio2, .percent),
            (.sweep, .litresPerMinute), (.ph, .unitless), (.pco2, .mmHg), (.po2, .mmHg), (.sao2, .percent),
            (.svo2, .percent), (.hb, .gramsPerDecilitre), (.hct, .percent), (.potassium, .millimolesPerLitre),
            (.glucose, .milligramsPerDecilitre), (.lactate, .millimolesPerLitre), (.act, .seconds),
        ]
        let fluids = [
            FluidEntry(kind: .crystalloid, volume: q(500, .millilitres), text: "Crystalloid added on CPB"),
            FluidEntry(kind: .cardioplegia, volume: q(2300, .millilitres), crystalloidPart: q(460, .millilitres), text: "Cardioplegia total"),
            FluidEntry(kind: .urine, volume: q(380, .millilitres), text: "Urine on CPB"),
            FluidEntry(kind: .ultrafiltration, volume: q(900, .millilitres), text: "Ultrafiltration (conventional)"),
            FluidEntry(kind: .cellSaver, volume: q(450, .millilitres), text: "Cell saver returned"),
            FluidEntry(kind: .pumpBloodReturned, volume: q(300, .millilitres), text: "Pump blood returned after CPB"),
        ]
        return PerfusionCase(header: CaseHeader(caseID: "SEC-2026-0412", kind: .cpb, date: log.date), patient: patient,
                             circuit: circuit, events: events, readings: log.readings(75...83, columns: columns),
                             fluids: fluids, noBloodProducts: true, checklist: (97...101).map(log.checklistItem))
    }
}
