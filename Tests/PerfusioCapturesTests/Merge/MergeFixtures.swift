import PerfusioCaptures
import PerfusioCore

/// A small typed record of the CDI/ABL experiment (2026-04-14), for merge tests.
enum MergeFixtures {
    static let day = CaseDate(year: 2026, month: 4, day: 14)!

    static func time(_ text: String) -> CaseTime { CaseTime(date: day, time: TimeOfDay(text: text)!) }

    static func typed(_ clock: String, line: Int, _ values: [Parameter: Quantity], sample: SampleType? = nil) -> Reading {
        let at = SourceLocation(file: "case.md", line: line)
        return Reading(time: time(clock), values: values.mapValues { ReadingValue(quantity: $0, origin: .typed(at: at)) },
                       sample: sample, origin: .typed(at: at))
    }

    /// Typed blood gases at the wall-clock minutes of the CDI's five store events (device time − 1186 s).
    static let storeBloodGases: [Reading] = [
        typed("16:06", line: 20, [.ph: Quantity(7.50, .unitless), .pco2: Quantity(28, .mmHg)]),
        typed("16:54", line: 21, [.ph: Quantity(7.38, .unitless), .pco2: Quantity(44, .mmHg)]),
        typed("17:24", line: 22, [.ph: Quantity(7.39, .unitless), .pco2: Quantity(40, .mmHg)]),
        typed("19:35", line: 23, [.ph: Quantity(7.34, .unitless), .pco2: Quantity(42, .mmHg)]),
        typed("20:16", line: 24, [.ph: Quantity(7.33, .unitless), .pco2: Quantity(39, .mmHg)]),
    ]

    static func record(readings: [Reading] = storeBloodGases) -> PerfusionCase {
        PerfusionCase(header: CaseHeader(caseID: "PIG-2026027", kind: .ecmo, date: day),
                      events: [CaseEvent(time: time("15:30"), kind: .ecmoOn, text: "ECMO on")],
                      readings: readings)
    }
}
