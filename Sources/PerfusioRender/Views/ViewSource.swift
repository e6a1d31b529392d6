import PerfusioCore

/// What report and handover views are built from: the record, its figures and findings, and the format's escaping.
/// Every string a view holds passes through ``text`` here, so no template ever sees raw record text.
struct ViewSource {
    var record: PerfusionCase
    var figures: CaseFigures
    var findings: [Diagnostic]
    var text: ViewText
    /// True when the record spans more than one calendar day: times then carry their date.
    var spansDays: Bool

    init(record: PerfusionCase, figures: CaseFigures, findings: [Diagnostic], format: DocumentFormat) {
        self.record = record
        self.figures = figures
        self.findings = findings
        text = ViewText(format: format)
        let times = record.events.map(\.time) + record.readings.map(\.time)
        let days = Set(times.map(\.date))
        spansDays = days.count > 1 || days.contains { $0 != record.header.date }
    }

    /// `08:52`, or `3 May 02:00` when the record spans days (the year is in the case date).
    func time(_ t: CaseTime) -> String { spansDays ? "\(TimeScale.dayLabel(t.date)) \(t.timeOfDay)" : t.timeOfDay.description }

    /// `08:52–10:41`; `…–(not closed)` for an interval whose end is missing.
    func span(_ interval: CaseInterval) -> String {
        "\(time(interval.start))–" + (interval.end.map(time) ?? "(not closed)")
    }

    /// A row whose label is ours and whose value is record text, both escaped.
    func row(_ label: String, _ value: String?, alert: Bool = false) -> LabeledValue? {
        guard let value, !value.isEmpty else { return nil }
        return LabeledValue(label: text.inline(label), value: text.inline(value), isAlert: alert)
    }

    /// A section, or nil when it has no rows.
    func section(_ title: String, _ rows: [LabeledValue?]) -> ValueSection? {
        let present = rows.compactMap { $0 }
        return present.isEmpty ? nil : ValueSection(title: text.inline(title), rows: present)
    }

    /// A timed section, or nil when it has no lines.
    func timedSection(_ title: String, _ lines: [TimedLine]) -> TimedSection? {
        lines.isEmpty ? nil : TimedSection(title: text.inline(title), lines: lines)
    }

    /// A timed line from an event.
    func line(_ event: CaseEvent) -> TimedLine {
        TimedLine(time: time(event.time), label: text.inline(event.kind.displayName), detail: text.inline(event.text))
    }

    /// The findings, numbered by their place in the list (as the chart numbers them).
    var findingViews: [FindingView] {
        findings.enumerated().map { FindingView(number: $0.offset + 1, diagnostic: $0.element, text: text, time: time) }
    }

    var checklistLines: [ChecklistLine] { record.checklist.map { ChecklistLine($0, text: text) } }

    /// Unticked checklist items, which both documents show.
    var untickedLines: [ChecklistLine] { checklistLines.filter { !$0.isChecked } }
}

/// Durations as perfusionists write them: `109 min` up to three hours, then `65 h 38 min`.
enum DurationText {
    static func minutes(_ m: Int) -> String {
        m < 180 ? "\(m) min" : "\(m / 60) h \(m % 60) min"
    }
}
