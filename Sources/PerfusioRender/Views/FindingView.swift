import PerfusioCore

/// One finding as the report lists it, numbered as on the chart.
public struct FindingView: Sendable, Hashable {
    /// The number shown on the chart's marker (`1`).
    public var number: String
    /// `Error`, `Warning` or `Note`: the word, so the severity survives black-and-white print.
    public var severity: String
    /// Lower-case severity for a CSS class (`warning`).
    public var severityClass: String
    /// The stable id (`adult.map.low`).
    public var id: String
    /// When it happened (`09:35`); nil for findings about the whole record.
    public var time: String?
    public var message: String
    /// The value found against its threshold (`48 mmHg; threshold 50 mmHg`); nil when not measured.
    public var measured: String?
    /// The guideline or study the rule comes from.
    public var source: String?
    /// Where in the input (`adult-cabg.md:52:3`).
    public var location: String?

    init(number: Int, diagnostic d: Diagnostic, text: ViewText, time: (CaseTime) -> String) {
        self.number = String(number)
        severity = d.severity.rawValue.prefix(1).uppercased() + d.severity.rawValue.dropFirst()
        severityClass = d.severity.rawValue
        id = text.inline(d.id)
        self.time = d.finding?.time.map(time)
        message = text.inline(d.message)
        let parts = [d.finding?.value, d.finding?.threshold.map { "threshold \($0)" }].compactMap { $0 }
        measured = parts.isEmpty ? nil : text.inline(parts.joined(separator: "; "))
        source = d.source.map(text.inline)
        location = d.location.map { text.inline($0.description) }
    }
}

/// A checklist line, with unticked ones marked in words.
public struct ChecklistLine: Sendable, Hashable {
    public var text: String
    public var isChecked: Bool
    /// `Done` or `NOT TICKED`.
    public var status: String

    init(_ item: ChecklistItem, text: ViewText) {
        self.text = text.inline(item.text)
        isChecked = item.isChecked
        status = item.isChecked ? "Done" : "NOT TICKED"
    }
}
