import PerfusioCore

/// Small records built inline for the render tests.
enum RenderFixtures {
    static let day = CaseDate(year: 2026, month: 3, day: 14)!

    static func at(_ hour: Int, _ minute: Int, _ second: Int = 0, on date: CaseDate = day) -> CaseTime {
        CaseTime(date: date, hour: hour, minute: minute, second: second)!
    }

    static func reading(_ time: CaseTime, _ values: [Parameter: Quantity]) -> Reading {
        Reading(time: time, values: values.mapValues { ReadingValue(quantity: $0) })
    }

    /// A short CPB case: bypass 08:52–10:41, cross-clamp 09:01–10:14, three readings, a few events.
    static func bypassCase() -> PerfusionCase {
        let events = [
            CaseEvent(time: at(8, 36), kind: .act, text: "ACT 556 s", details: EventDetails(value: Quantity(556, .seconds))),
            CaseEvent(time: at(8, 52), kind: .bypassOn, text: "CPB on"),
            CaseEvent(time: at(9, 1), kind: .crossClampOn, text: "Cross-clamp on"),
            CaseEvent(time: at(9, 2), kind: .cardioplegia, text: "Cardioplegia #1 antegrade", details: EventDetails(doseNumber: 1)),
            CaseEvent(time: at(9, 36), kind: .drug, text: "Phenylephrine 100 mcg",
                      details: EventDetails(agent: "Phenylephrine", dose: Quantity(100, .micrograms))),
            CaseEvent(time: at(10, 14), kind: .crossClampOff, text: "Cross-clamp off"),
            CaseEvent(time: at(10, 16), kind: .defibrillation, text: "Defibrillation 20 J", details: EventDetails(value: Quantity(20, .joules))),
            CaseEvent(time: at(10, 41), kind: .bypassOff, text: "CPB off"),
        ]
        let readings = [
            reading(at(8, 55), [.pumpFlow: Quantity(4.7, .litresPerMinute), .map: Quantity(62, .mmHg),
                                .arterialOutletTemperature: Quantity(35.1, .celsius), .hct: Quantity(27, .percent),
                                .hb: Quantity(8.9, .gramsPerDecilitre), .glucose: Quantity(142, .milligramsPerDecilitre)]),
            reading(at(9, 35), [.pumpFlow: Quantity(4.5, .litresPerMinute), .map: Quantity(48, .mmHg),
                                .arterialOutletTemperature: Quantity(33.9, .celsius), .hct: Quantity(24, .percent),
                                .hb: Quantity(8.2, .gramsPerDecilitre), .glucose: Quantity(167, .milligramsPerDecilitre)]),
            reading(at(10, 5), [.pumpFlow: Quantity(4.6, .litresPerMinute), .map: Quantity(130, .mmHg),
                                .arterialOutletTemperature: Quantity(35.5, .celsius), .hct: Quantity(25, .percent),
                                .hb: Quantity(8.4, .gramsPerDecilitre), .glucose: Quantity(10.2, .millimolesPerLitre)]),
        ]
        return PerfusionCase(header: CaseHeader(caseID: "TEST-0001", kind: .cpb, date: day), events: events, readings: readings)
    }

    /// A record captured at one reading per second for `count` seconds from 08:00, with a one-second MAP spike.
    static func capturedCase(count: Int) -> PerfusionCase {
        let start = at(8, 0)
        let readings = (0..<count).map { i -> Reading in
            let wave = Double(i % 600) / 600
            let map = i == count / 2 ? 110 : 60 + 8 * wave
            return reading(start.adding(seconds: Int64(i)), [
                .pumpFlow: Quantity(4.4 + 0.2 * wave, .litresPerMinute), .map: Quantity(map, .mmHg),
                .arterialOutletTemperature: Quantity(34 + wave, .celsius), .venousInflowTemperature: Quantity(33 + wave, .celsius),
            ])
        }
        let events = [CaseEvent(time: start.adding(seconds: 60), kind: .bypassOn, text: "CPB on"),
                      CaseEvent(time: start.adding(seconds: Int64(count - 60)), kind: .bypassOff, text: "CPB off")]
        return PerfusionCase(header: CaseHeader(caseID: "CAPTURE-1", kind: .cpb, date: day), events: events, readings: readings)
    }
}
