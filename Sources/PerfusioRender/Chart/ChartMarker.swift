import PerfusioCore

/// An event drawn as a line across every panel, with a short label in the event lane and the full text as its title.
struct ChartMarker: Hashable, Sendable {
    var time: CaseTime
    /// The short label (`CP1`, `ACT 556`, `DF 20 J`).
    var label: String
    /// What a screen reader and a hover show: the time and the event as written.
    var title: String

    /// Markers for the events a perfusionist marks on the paper chart, plus ACT values from the readings.
    static func markers(for record: PerfusionCase) -> [ChartMarker] {
        var markers = record.events.compactMap { event in
            label(for: event).map { ChartMarker(time: event.time, label: $0, title: "\(event.time.timeOfDay) \(event.kind.displayName): \(event.text)") }
        }
        let eventACTs = Set(record.events(.act).map(\.time))
        for reading in record.readings where !eventACTs.contains(reading.time) {
            guard let act = reading.values[.act], act.isValid, let q = act.quantity else { continue }
            markers.append(ChartMarker(time: reading.time, label: "ACT \(q.formattedValue)",
                                       title: "\(reading.time.timeOfDay) ACT \(q.description)"))
        }
        return markers.sorted { ($0.time, $0.label) < ($1.time, $1.label) }
    }

    /// The short label of an event kind that gets a marker; nil for kinds the chart shows otherwise (phases) or not at all.
    static func label(for event: CaseEvent) -> String? {
        let d = event.details
        switch event.kind {
        case .cardioplegia: return "CP" + (d.doseNumber.map(String.init) ?? "")
        case .drug: return shortened(d.agent ?? "Drug")
        case .act: return d.value.map { "ACT \($0.formattedValue)" } ?? "ACT"
        case .defibrillation: return d.value.map { "DF \($0.description)" } ?? "DF"
        case .heparin: return "Heparin"
        case .protamine: return "Protamine"
        case .circuitChange: return "Circuit"
        case .weanTrial: return "Wean"
        default: return nil
        }
    }

    /// At most 10 characters, with an ellipsis when cut.
    static func shortened(_ text: String) -> String {
        text.count <= 10 ? text : String(text.prefix(9)) + "…"
    }
}
