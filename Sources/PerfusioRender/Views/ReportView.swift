import PerfusioCore

/// Everything the post-case report templates (`report/html.mustache`, `report/markdown.mustache`) see: plain
/// values, every number already formatted with its unit, every string escaped for the format.
///
/// ```swift
/// let view = ReportView(record: record, findings: diagnostics, format: .html)
/// let html = try templates.render(view, as: .report, format: .html)
/// ```
/// Optional sections are nil when the record has nothing for them, so the template leaves them out.
public struct ReportView: Sendable {
    public var title: String
    public var caseID: String
    /// `Cardiopulmonary bypass · 2026-03-14 · CABG x3 (…)`.
    public var subtitle: String
    public var caseSection: ValueSection?
    public var teamSection: ValueSection?
    /// Name, record number, date of birth: one clearly marked block.
    public var identitySection: ValueSection?
    public var patientSection: ValueSection?
    public var circuitSection: ValueSection?
    public var primeSection: ValueSection?
    public var keyTimesSection: ValueSection?
    public var figuresSection: ValueSection?
    /// What the figures assume (BSA formula, SaO2 taken as 1.00).
    public var assumptions: [String]
    public var hasAssumptions: Bool
    public var cardioplegia: TimedSection?
    public var anticoagulationSection: ValueSection?
    public var anticoagulationTimeline: TimedSection?
    public var findings: [FindingView]
    public var hasFindings: Bool
    /// `2 findings: 1 error, 1 warning`, or `No findings`.
    public var findingsSummary: String
    public var fluidBalanceSection: ValueSection?
    public var fluids: TimedSection?
    public var bloodProducts: TimedSection?
    public var drugs: TimedSection?
    public var timeline: TimedSection?
    public var checklist: [ChecklistLine]
    public var hasChecklist: Bool
    /// `4 of 5 items ticked; 1 NOT TICKED`.
    public var checklistSummary: String
    public var hasUnticked: Bool
    public var notes: [NoteView]
    public var hasNotes: Bool
    public var handover: NoteView?
    /// The chart as inline SVG (HTML only); nil when there is nothing to draw. Our own markup: the template
    /// inserts it with triple braces.
    public var chartSVG: String?
    /// For Markdown: the chart's file name, percent-encoded for a link; nil when none.
    public var chartLink: String?

    /// The view of `record`.
    /// - Parameters:
    ///   - figures: the record's derived figures; derived here when nil.
    ///   - findings: rule findings and other diagnostics to list, numbered as the chart numbers them.
    ///   - chartFile: for Markdown, the file name of the chart written beside the report.
    public init(record: PerfusionCase, figures: CaseFigures? = nil, findings: [Diagnostic] = [], format: DocumentFormat,
                chartFile: String? = nil) {
        self.init(record: record, figures: figures, findings: findings, format: format, chartFile: chartFile,
                  columns: ReadingColumns.ofLargeRecord(record))
    }

    /// As ``init(record:figures:findings:format:chartFile:)``, the chart reading series from `columns` (the
    /// record's, shared with its figures and rules).
    package init(record: PerfusionCase, figures: CaseFigures?, findings: [Diagnostic], format: DocumentFormat,
                 chartFile: String?, columns: ReadingColumns?) {
        let figures = figures ?? CaseFigures(record: record, columns: columns)
        let s = ViewSource(record: record, figures: figures, findings: findings, format: format)
        let t = s.text
        caseID = t.inline(record.header.caseID)
        title = t.inline("Perfusion report: \(record.header.caseID)")
        subtitle = t.inline([record.header.kind.displayName, record.header.date.description, record.header.procedure]
            .compactMap { $0 }.joined(separator: " · "))
        caseSection = s.caseSection
        teamSection = s.teamSection
        identitySection = s.identitySection
        patientSection = s.patientSection
        circuitSection = s.circuitSection
        primeSection = s.primeSection
        keyTimesSection = s.keyTimesSection
        figuresSection = s.figuresSection
        assumptions = s.assumptionLines
        hasAssumptions = !assumptions.isEmpty
        cardioplegia = s.timedSection("Cardioplegia doses", s.cardioplegiaLines)
        anticoagulationSection = s.anticoagulationSection
        anticoagulationTimeline = s.timedSection("Heparin, ACT and protamine", s.anticoagulationLines)
        self.findings = s.findingViews
        hasFindings = !findings.isEmpty
        findingsSummary = t.inline(FindingsSummary.text(findings))
        fluidBalanceSection = s.fluidBalanceSection
        fluids = s.timedSection("Fluids as recorded", s.fluidLines)
        bloodProducts = s.timedSection("Blood products", s.bloodProductLines)
        drugs = s.timedSection("Drugs", s.drugLines)
        timeline = s.timedSection("Timeline", record.events.map(s.line))
        checklist = s.checklistLines
        hasChecklist = !checklist.isEmpty
        let unticked = s.untickedLines.count
        hasUnticked = unticked > 0
        checklistSummary = checklist.isEmpty ? "" : t.inline("\(checklist.count - unticked) of \(checklist.count) items ticked"
            + (unticked > 0 ? "; \(unticked) NOT TICKED" : ""))
        notes = s.noteViews
        hasNotes = !notes.isEmpty
        handover = s.handoverNote
        let hasChartData = !record.readings.isEmpty || !record.events.isEmpty
        chartSVG = format == .html && hasChartData
            ? PerfusionChart().svg(for: record, figures: figures, findings: findings, idPrefix: "chart", columns: columns)
            : nil
        chartLink = format == .markdown ? chartFile.map(LinkText.percentEncoded) : nil
    }
}

/// `2 findings: 1 error, 1 warning`.
enum FindingsSummary {
    static func text(_ findings: [Diagnostic]) -> String {
        guard !findings.isEmpty else { return "No findings" }
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let n = findings.filter { $0.severity == severity }.count
            return n == 0 ? nil : "\(n) \(severity.rawValue)\(n == 1 ? "" : "s")"
        }
        return "\(findings.count) finding\(findings.count == 1 ? "" : "s"): " + counts.joined(separator: ", ")
    }
}

/// A file name made safe as a Markdown link destination: everything but letters, digits, `-`, `_` and `.` percent-encoded.
enum LinkText {
    static func percentEncoded(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-_.".contains(c) { out.append(c) } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
