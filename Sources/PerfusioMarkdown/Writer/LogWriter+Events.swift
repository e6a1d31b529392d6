import PerfusioCore

extension LogWriter {
    /// `- 08:52 CPB on`, one per event in record order; full date-times when the case spans days.
    func events(_ record: PerfusionCase) -> String? {
        guard !record.events.isEmpty else { return nil }
        let times = TimeColumn(record.events.map(\.time), caseDate: record.header.date)
        return zip(record.events, times.texts).map { event, time in
            var text = event.text.isEmpty ? Self.describe(event) : event.text
            if EventClassifier.kindMarker(text).1 != nil || EventClassifier.kind(of: text) != event.kind {
                text += " {\(event.kind.rawValue)}"
            }
            return "- \(time) " + Self.listText(text)
        }.joined(separator: "\n")
    }

    /// Text for an event that has none of its own (from another format): its kind and details.
    static func describe(_ event: CaseEvent) -> String {
        let d = event.details
        var words = [event.kind == .drug || event.kind == .heparin || event.kind == .protamine ? (d.agent ?? event.kind.displayName)
                     : EventPhrases.canonical(event.kind)]
        if let n = d.doseNumber { words.append("#\(n)") }
        words += d.routes.map(\.rawValue)
        if let s = d.solution { words.append(s.rawValue) }
        words += [d.dose, d.value, d.volume, d.temperature].compactMap { $0?.description }
        if let s = d.site { words.append(s) }
        return words.joined(separator: " ")
    }
}

/// The times of a list or table as the log writes them: bare `HH:MM` when the reader's ``ClockPlacer`` puts
/// every one back on the same moment and the case stays on one day, else `yyyy-MM-dd HH:MM` throughout.
struct TimeColumn {
    let texts: [String]

    init(_ times: [CaseTime], caseDate: CaseDate) {
        var placer = ClockPlacer(startingOn: caseDate)
        let bare = times.allSatisfy { $0.date == caseDate && placer.place($0.timeOfDay) == $0 }
        texts = times.map { bare ? $0.timeOfDay.description : $0.description }
    }
}
