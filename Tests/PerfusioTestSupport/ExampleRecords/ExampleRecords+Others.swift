import PerfusioCore

extension ExampleRecords {
    /// `paediatric-vsd.md` as the Markdown reader reads it (origins at the file's own lines and columns).
    public static func paediatricVSD() throws -> PerfusionCase {
        let log = try InlineLog(example: "paediatric-vsd.md", date: "2026-04-02")
        let patient = Patient(identity: PatientIdentity(dateOfBirth: CaseDate(iso: "2025-09-03")), sex: .female,
                              height: q(66, .centimetres), weight: q(6.4, .kilograms),
                              preoperative: [PreoperativeValue(name: "hb", quantity: q(112, .gramsPerLitre), text: "112 g/L")])
        let circuit = Circuit(components: [LabeledText(label: "cardioplegia", text: "del Nido, single dose, 20 mL/kg")],
                              prime: [PrimeItem(name: "Packed red cells", amount: q(160, .millilitres), text: "160 mL"),
                                      PrimeItem(name: "Plasma-Lyte 148", amount: q(90, .millilitres), text: "90 mL"),
                                      PrimeItem(name: "Albumin 20%", amount: q(25, .millilitres), text: "25 mL"),
                                      PrimeItem(name: "Sodium bicarbonate 8.4%", amount: q(10, .millilitres), text: "10 mL"),
                                      PrimeItem(name: "Heparin", amount: q(500, .internationalUnits), text: "500 IU")])
        let events = [
            log.event(42, .act, EventDetails(value: q(118, .seconds))),
            log.event(43, .heparin, EventDetails(agent: "Heparin", dose: q(2600, .internationalUnits))),
            log.event(44, .act, EventDetails(value: q(620, .seconds))),
            log.event(45, .bypassOn), log.event(46, .coolingStart), log.event(47, .crossClampOn),
            log.event(48, .cardioplegia, EventDetails(solution: .delNido, routes: [.antegrade], volume: q(128, .millilitres))),
            log.event(49, .rewarmingStart), log.event(50, .crossClampOff), log.event(51, .bypassOff),
            log.event(52, .ultrafiltrationStart), log.event(53, .ultrafiltrationEnd),
            log.event(54, .protamine, EventDetails(agent: "Protamine", dose: q(30, .milligrams))),
            log.event(55, .act, EventDetails(value: q(126, .seconds))),
        ]
        let columns: [(Parameter, ClinicalUnit)?] = [
            (.pumpFlow, .millilitresPerMinute), (.map, .mmHg), (.nasopharyngealTemperature, .celsius),
            (.rectalTemperature, .celsius), (.ph, .unitless), (.pco2, .kPa), (.po2, .kPa), (.sao2, .percent),
            (.hb, .gramsPerLitre), (.potassium, .millimolesPerLitre), (.ionisedCalcium, .millimolesPerLitre),
            (.glucose, .millimolesPerLitre), (.lactate, .millimolesPerLitre), (.svo2, .percent),
        ]
        let fluids = [
            FluidEntry(kind: .urine, volume: q(42, .millilitres), text: "Urine on CPB"),
            FluidEntry(kind: .ultrafiltration, volume: q(150, .millilitres), text: "Conventional ultrafiltration"),
            FluidEntry(kind: .modifiedUltrafiltration, volume: q(210, .millilitres), text: "Modified ultrafiltration"),
            FluidEntry(kind: .cardioplegia, volume: q(128, .millilitres), text: "Cardioplegia"),
        ]
        let blood = [BloodProduct(product: .redCells, volume: q(160, .millilitres), inPrime: true, text: "packed red cells 160 mL (in prime)")]
        return PerfusionCase(header: CaseHeader(caseID: "SEC-2026-P031", kind: .cpb, date: log.date), patient: patient,
                             circuit: circuit, events: events, readings: log.readings(61...66, columns: columns),
                             fluids: fluids, bloodProducts: blood, checklist: (78...80).map(log.checklistItem))
    }

    /// `va-ecmo-run.md` as the Markdown reader reads it (origins at the file's own lines and columns).
    public static func vaECMO() throws -> PerfusionCase {
        let log = try InlineLog(example: "va-ecmo-run.md", date: "2026-05-02")
        let patient = Patient(identity: PatientIdentity(dateOfBirth: CaseDate(iso: "1971-11-20")), sex: .female,
                              height: q(162, .centimetres), weight: q(70, .kilograms))
        let events = [
            log.event(35, .heparin, EventDetails(agent: "Heparin", dose: q(5000, .internationalUnits))),
            log.event(36, .ecmoOn, EventDetails(value: q(4.0, .litresPerMinute))),
            log.event(37, .anticoagulantInfusion, EventDetails(agent: "Heparin", dose: q(12, .internationalUnitsPerKilogramPerHour))),
            log.event(38, .other), log.event(39, .other), log.event(40, .weanTrial),
            log.event(41, .circuitChange), log.event(42, .weanTrial), log.event(43, .ecmoOff),
        ]
        let columns: [(Parameter, ClinicalUnit)?] = [
            (.pumpFlow, .litresPerMinute), (.pumpSpeed, .revolutionsPerMinute), (.sweep, .litresPerMinute), (.fdo2, .percent),
            (.map, .mmHg), (.preOxygenatorPressure, .mmHg), (.postOxygenatorPressure, .mmHg), (.ph, .unitless),
            (.pco2, .mmHg), (.po2, .mmHg), (.hb, .gramsPerDecilitre), (.platelets, .perNanolitre),
            (.antiXa, .internationalUnitsPerMillilitre), (.lactate, .millimolesPerLitre), (.fibrinogen, .gramsPerLitre),
        ]
        return PerfusionCase(header: CaseHeader(caseID: "SEC-ECMO-2026-007", kind: .ecmo, date: log.date, mode: "VA"),
                             patient: patient, events: events, readings: log.readings(49...57, columns: columns),
                             bloodProducts: [BloodProduct(product: .redCells, units: 2, text: "Packed red cells: 2 units")])
    }
}
