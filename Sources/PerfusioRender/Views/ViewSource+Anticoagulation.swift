import PerfusioCore

extension ViewSource {
    static let anticoagulationEvents: Set<EventKind> = [.heparin, .act, .protamine, .anticoagulantInfusion]
    static let anticoagulationReadings: [Parameter] = [.act, .antiXa, .aptt]

    /// Heparin, ACT, protamine and infusion events, with ACT, anti-Xa and aPTT readings, in time order.
    var anticoagulationLines: [TimedLine] {
        var lines = record.events.filter { Self.anticoagulationEvents.contains($0.kind) }.map { (time: $0.time, line: line($0)) }
        let eventACTs = Set(record.events(.act).map(\.time))
        for reading in record.readings {
            for p in Self.anticoagulationReadings {
                guard let v = reading.values[p], v.isValid, let q = v.quantity, !(p == .act && eventACTs.contains(reading.time))
                else { continue }
                lines.append((reading.time, TimedLine(time: time(reading.time), label: text.inline(p.displayName),
                                                       detail: text.inline(q.description))))
            }
        }
        return lines.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element.line)
    }

    /// The last ACT, from an event or a reading: `134 s at 10:58`.
    var lastACT: String? {
        let fromEvents = record.events(.act).compactMap { e in e.details.value.map { (e.time, $0) } }
        let fromReadings = record.readings.compactMap { r in r.values[.act].flatMap { $0.isValid ? $0.quantity : nil }.map { (r.time, $0) } }
        return (fromEvents + fromReadings).max { $0.0 < $1.0 }.map { "\($0.1.description) at \(time($0.0))" }
    }

    /// Protamine in mg over every dose.
    var protamineTotal: Double? {
        let doses = record.events(.protamine).compactMap { $0.details.dose?.value(in: .milligrams) }
        return doses.isEmpty ? nil : doses.reduce(0, +)
    }

    /// Heparin total and loading dose per kg, protamine and its ratio to heparin (1 mg per 100 IU is 1:1;
    /// above 1:1 is not useful, DOMAIN.md §1.6), and the last ACT.
    var anticoagulationSection: ValueSection? {
        let heparin = figures.heparinTotal
        let ratio = zipped(protamineTotal, heparin).map { p, h in h > 0 ? p / (h / 100) : 0 }
        return section("Anticoagulation", [
            row("Heparin given", heparin.map { "\(NumberFormatting.fixed($0, digits: 0)) IU" }),
            row("Heparin loading dose", figures.heparinLoadingPerKilogram.map { "\(NumberFormatting.fixed($0, digits: 0)) IU/kg" }),
            row("Protamine given", protamineTotal.map { "\(NumberFormatting.trimmed($0, maxDigits: 1)) mg" }),
            row("Protamine to heparin", ratio.map { "\(NumberFormatting.fixed($0, digits: 2)) mg per 100 IU" }, alert: (ratio ?? 0) > 1),
            row("Last ACT", lastACT),
        ])
    }

    /// Drug events in time order.
    var drugLines: [TimedLine] { record.events(.drug).map(drugLine) }

    /// A drug event labelled with its agent (`Phenylephrine`), as written.
    func drugLine(_ e: CaseEvent) -> TimedLine {
        TimedLine(time: time(e.time), label: text.inline(e.details.agent ?? e.kind.displayName), detail: text.inline(e.text))
    }
}

func zipped<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
