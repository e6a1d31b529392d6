import PerfusioCore

/// One case that makes each shipped rule fire and one that keeps it quiet.
enum RuleCases {
    static func q(_ v: Double, _ u: ClinicalUnit) -> Quantity { Quantity(v, u) }
    static let mmHg = ClinicalUnit.mmHg, celsius = ClinicalUnit.celsius

    /// A DO2i of about 174 mL/min/m² (flow index 1.52) at 09:10 with the outlet at `outlet` °C.
    static func lowDelivery(_ c: inout MiniCase, outlet: Double) {
        c.reading("09:10", [.pumpFlow: q(3.0, .litresPerMinute), .hb: q(8, .gramsPerDecilitre), .po2: q(250, mmHg),
                            .sao2: q(100, .percent), .arterialOutletTemperature: q(outlet, celsius)])
    }

    static func temperatures(_ c: inout MiniCase, _ rows: [(String, Double, Double)]) {
        for (t, art, ven) in rows { c.reading(t, [.arterialOutletTemperature: q(art, celsius), .venousInflowTemperature: q(ven, celsius)]) }
    }

    static let firing: [String: MiniCase] = [
        "adult.map.low": .adult { $0.reading("09:10", [.map: q(45, mmHg)]) },
        "adult.map.high": .adult { $0.reading("09:10", [.map: q(90, mmHg)]) },
        "adult.map.low.prolonged": .adult { c in for t in ["09:10", "09:20", "09:30"] { c.reading(t, [.map: q(45, mmHg)]) } },
        "adult.do2i.low": .adult { lowDelivery(&$0, outlet: 36) },
        "adult.flow-index.low": .adult { $0.reading("09:10", [.pumpFlow: q(3.0, .litresPerMinute)]) },
        "adult.hct.low": .adult { $0.reading("09:10", [.hct: q(19, .percent)]) },
        "adult.glucose.high": .adult { $0.reading("09:10", [.glucose: q(11.5, .millimolesPerLitre)]) },
        "adult.lactate.high": .adult { $0.reading("09:10", [.lactate: q(5, .millimolesPerLitre)]) },
        "adult.pco2.range": .adult { $0.reading("09:10", [.pco2: q(4.0, .kPa)]) },
        "adult.potassium.range": .adult { $0.reading("09:10", [.potassium: q(6.1, .millimolesPerLitre)]) },
        "adult.outlet.hot": .adult { $0.reading("10:10", [.arterialOutletTemperature: q(37.2, celsius)]) },
        "adult.gradient.cooling": .adult { $0.events.append(("08:55", .coolingStart, .init())); temperatures(&$0, [("09:10", 25, 36)]) },
        "adult.gradient.rewarming": .adult { $0.events.append(("09:30", .rewarmingStart, .init())); temperatures(&$0, [("09:40", 36, 31)]) },
        "adult.rewarming.rate": .adult { $0.events.append(("09:30", .rewarmingStart, .init())); temperatures(&$0, [("09:35", 32, 31), ("09:40", 35, 33)]) },
        "adult.act.prebypass": .adult { $0.replace(.act, with: [("08:30", .act, EventDetails(value: q(410, .seconds)))]) },
        "adult.cardioplegia.interval": .adult { $0.replace(.cardioplegia, with: [
            ("09:01", .cardioplegia, EventDetails(doseNumber: 1, solution: .blood)), ("09:25", .cardioplegia, EventDetails(doseNumber: 2))]) },
        "adult.checklist.missing": .adult { $0.checklist = [] },
        "adult.checklist.unticked": .adult { $0.checklist.append(ChecklistItem(text: "Alarms tested", isChecked: false)) },
        "adult.urine.low": .adult { $0.urine = 20 },
        "paed.glucose.high": .child { $0.reading("09:10", [.glucose: q(200, .milligramsPerDecilitre)]) },
        "paed.lactate.high": .child { $0.reading("09:10", [.lactate: q(4.5, .millimolesPerLitre)]) },
        "paed.outlet.hot": .child { $0.reading("10:10", [.arterialOutletTemperature: Quantity(99.5, .fahrenheit, fractionDigits: 1)]) },
        "paed.gradient.cooling": .child { $0.events.append(("08:55", .coolingStart, .init())); temperatures(&$0, [("09:10", 20, 31)]) },
        "paed.act.prebypass": .child { $0.replace(.act, with: []) },
        "paed.cardioplegia.interval": .child { $0.replace(.cardioplegia, with: [("09:01", .cardioplegia, EventDetails(solution: .delNido))])
            $0.replace(.crossClampOff, with: [("10:35", .crossClampOff, .init())]); $0.replace(.bypassOff, with: [("10:50", .bypassOff, .init())]) },
        "paed.checklist.missing": .child { $0.checklist = [] },
        "paed.checklist.unticked": .child { $0.checklist = [ChecklistItem(text: "Alarms tested", isChecked: false)] },
        "paed.urine.low": .child { $0.urine = 5 },
        "paed.flow.low": .child { $0.reading("09:10", [.pumpFlow: q(0.9, .litresPerMinute)]) },
        "ecmo.antixa.low": .ecmo { $0.reading("10:00", [.antiXa: q(0.21, .internationalUnitsPerMillilitre)]) },
        "ecmo.antixa.high": .ecmo { $0.reading("10:00", [.antiXa: q(0.9, .internationalUnitsPerMillilitre)]) },
        "ecmo.fibrinogen.low": .ecmo { $0.reading("10:00", [.fibrinogen: q(120, .milligramsPerDecilitre)]) },
        "ecmo.platelets.low": .ecmo { $0.reading("10:00", [.platelets: q(42, .perNanolitre)]) },
        "ecmo.oxygenator.dp": .ecmo { c in for (t, pre) in [("09:00", 280.0), ("12:00", 310.0)] {
            c.reading(t, [.preOxygenatorPressure: q(pre, mmHg), .postOxygenatorPressure: q(250, mmHg)]) } },
        "ecmo.lactate.high": .ecmo { $0.reading("10:00", [.lactate: q(6, .millimolesPerLitre)]) },
    ]

    static let quiet: [String: MiniCase] = [
        "adult.map.low": .adult { c in c.events += [("09:10", .circulatoryArrestStart, .init()), ("09:20", .circulatoryArrestEnd, .init())]
            c.reading("09:15", [.map: q(12, mmHg)]); c.reading("09:25", [.map: q(52, mmHg)]); c.reading("10:40", [.map: q(40, mmHg)]) },
        "adult.map.high": .adult { $0.reading("09:10", [.map: q(80, mmHg)]) },
        "adult.map.low.prolonged": .adult { $0.reading("09:10", [.map: q(45, mmHg)]); $0.reading("09:20", [.map: q(55, mmHg)]) },
        "adult.do2i.low": .adult { lowDelivery(&$0, outlet: 30) },
        "adult.flow-index.low": .adult { $0.events.append(("09:05", .weaningStart, .init())); $0.reading("09:10", [.pumpFlow: q(3.0, .litresPerMinute)]) },
        "adult.hct.low": .adult { $0.reading("09:10", [.hct: q(21, .percent)]) },
        "adult.glucose.high": .adult { $0.reading("09:10", [.glucose: q(180, .milligramsPerDecilitre)]) },
        "adult.lactate.high": .adult { $0.reading("09:10", [.lactate: q(4, .millimolesPerLitre)]) },
        "adult.pco2.range": .adult { $0.reading("09:10", [.pco2: q(35, mmHg)]); $0.reading("09:20", [.pco2: q(45, mmHg)]) },
        "adult.potassium.range": .adult { $0.reading("09:10", [.potassium: q(5.5, .millimolesPerLitre)]) },
        "adult.outlet.hot": .adult { $0.reading("10:10", [.arterialOutletTemperature: q(98.6, .fahrenheit)]) },
        "adult.gradient.cooling": .adult { $0.events.append(("08:55", .coolingStart, .init())); temperatures(&$0, [("09:10", 28, 36)]) },
        "adult.gradient.rewarming": .adult { $0.events.append(("09:30", .rewarmingStart, .init())); temperatures(&$0, [("09:40", 36, 33), ("09:50", 29, 20)]) },
        "adult.rewarming.rate": .adult { $0.events.append(("09:30", .rewarmingStart, .init())); temperatures(&$0, [("09:35", 32, 31), ("09:40", 34, 33)]) },
        "adult.act.prebypass": .adult(),
        "adult.cardioplegia.interval": .adult(),
        "adult.checklist.missing": .adult(),
        "adult.checklist.unticked": .adult(),
        "adult.urine.low": .adult(),
        "paed.glucose.high": .child { $0.reading("09:10", [.glucose: q(9.5, .millimolesPerLitre)]) },
        "paed.lactate.high": .child { $0.reading("09:10", [.lactate: q(3, .millimolesPerLitre)]) },
        "paed.outlet.hot": .child { $0.reading("10:10", [.arterialOutletTemperature: q(98.6, .fahrenheit)]) },
        "paed.gradient.cooling": .child { $0.events.append(("08:55", .coolingStart, .init())); temperatures(&$0, [("09:10", 22, 31)]) },
        "paed.act.prebypass": .child(),
        "paed.cardioplegia.interval": .child { $0.replace(.cardioplegia, with: [("09:01", .cardioplegia, EventDetails(solution: .delNido))]) },
        "paed.checklist.missing": .child(),
        "paed.checklist.unticked": .child(),
        "paed.urine.low": .child(),
        "paed.flow.low": .child { $0.reading("09:10", [.pumpFlow: q(1.1, .litresPerMinute)]); $0.reading("10:35", [.pumpFlow: q(0.4, .litresPerMinute)]) },
        "ecmo.antixa.low": .ecmo { $0.reading("10:00", [.antiXa: q(0.3, .internationalUnitsPerMillilitre)]) },
        "ecmo.antixa.high": .ecmo { $0.reading("10:00", [.antiXa: q(0.7, .internationalUnitsPerMillilitre)]) },
        "ecmo.fibrinogen.low": .ecmo { $0.reading("10:00", [.fibrinogen: q(1.5, .gramsPerLitre)]) },
        "ecmo.platelets.low": .ecmo { $0.reading("10:00", [.platelets: q(50, .perNanolitre)]) },
        "ecmo.oxygenator.dp": .ecmo { c in
            c.events.append(("11:00", .circuitChange, .init()))
            for (t, pre) in [("09:00", 280.0), ("12:00", 270.0), ("13:00", 285.0)] {
                c.reading(t, [.preOxygenatorPressure: q(pre, mmHg), .postOxygenatorPressure: q(250, mmHg)]) } },
        "ecmo.lactate.high": .ecmo { $0.reading("10:00", [.lactate: q(4, .millimolesPerLitre)]) },
    ]
}
