import PerfusioCore

/// A small record for one rule's firing and quiet cases: a base case of its kind, changed by the test.
struct MiniCase: Sendable {
    var kind: CaseKind
    var ageYears: Int
    var weight: Double
    var events: [(String, EventKind, EventDetails)]
    var rows: [(String, [Parameter: Quantity])] = []
    var checklist: [ChecklistItem] = [ChecklistItem(text: "Pre-bypass checklist completed", isChecked: true)]
    var urine: Double? = 300

    static let date = CaseDate(iso: "2026-02-01")!

    /// An adult CPB case: ACT 560 s, CPB 08:50–10:30, clamp 09:00–09:30, blood cardioplegia at 09:01 and 09:20.
    static func adult(_ change: (inout MiniCase) -> Void = { _ in }) -> MiniCase {
        var c = MiniCase(kind: .cpb, ageYears: 60, weight: 80, events: bypassEvents)
        change(&c)
        return c
    }

    /// The same case for a one-year-old of 8 kg.
    static func child(_ change: (inout MiniCase) -> Void = { _ in }) -> MiniCase {
        var c = MiniCase(kind: .cpb, ageYears: 1, weight: 8, events: bypassEvents, urine: 40)
        change(&c)
        return c
    }

    /// An ECMO run from 08:00 to 20:00.
    static func ecmo(_ change: (inout MiniCase) -> Void = { _ in }) -> MiniCase {
        var c = MiniCase(kind: .ecmo, ageYears: 50, weight: 70, events: [("08:00", .ecmoOn, .init()), ("20:00", .ecmoOff, .init())],
                         checklist: [], urine: nil)
        change(&c)
        return c
    }

    static let bypassEvents: [(String, EventKind, EventDetails)] = [
        ("08:30", .act, EventDetails(value: Quantity(560, .seconds))), ("08:50", .bypassOn, .init()),
        ("09:00", .crossClampOn, .init()),
        ("09:01", .cardioplegia, EventDetails(doseNumber: 1, solution: .blood, volume: Quantity(1000, .millilitres))),
        ("09:20", .cardioplegia, EventDetails(doseNumber: 2, volume: Quantity(400, .millilitres))),
        ("09:30", .crossClampOff, .init()), ("10:30", .bypassOff, .init()),
    ]

    /// Adds a reading at `time`.
    mutating func reading(_ time: String, _ values: [Parameter: Quantity]) { rows.append((time, values)) }

    /// Replaces the events of `kind` (all of them) with `replacement`.
    mutating func replace(_ kind: EventKind, with replacement: [(String, EventKind, EventDetails)]) {
        events = events.filter { $0.1 != kind } + replacement
    }

    func time(_ t: String) -> CaseTime { CaseTime(date: Self.date, time: TimeOfDay(text: t)!) }

    var record: PerfusionCase {
        let location = { (line: Int) in Origin.typed(at: SourceLocation(file: "mini.md", line: line, column: 1)) }
        let sortedEvents = events.sorted { $0.0 < $1.0 }.enumerated().map { i, e in
            CaseEvent(time: time(e.0), kind: e.1, text: e.1.displayName, details: e.2, origin: location(10 + i))
        }
        let readings = rows.sorted { $0.0 < $1.0 }.enumerated().map { i, r in
            Reading(time: time(r.0), values: r.1.mapValues { ReadingValue(quantity: $0) }, origin: location(40 + i))
        }
        let dob = CaseDate(year: Self.date.year - ageYears - 1, month: 12, day: 1)
        return PerfusionCase(
            header: CaseHeader(caseID: "MINI", kind: kind, date: Self.date),
            patient: Patient(identity: PatientIdentity(dateOfBirth: dob), sex: .male, height: Quantity(ageYears < 18 ? 75 : 175, .centimetres),
                             weight: Quantity(weight, .kilograms)),
            events: sortedEvents, readings: readings,
            fluids: urine.map { [FluidEntry(kind: .urine, volume: Quantity($0, .millilitres), text: "Urine")] } ?? [],
            checklist: checklist)
    }
}
