import PerfusioCore

/// Everything the ICU handover templates (`handover/html.mustache`, `handover/markdown.mustache`) see: one
/// printed page an ICU nurse reads in a minute. Numbers are formatted with units, strings escaped for the format.
///
/// ```swift
/// let view = HandoverView(record: record, findings: diagnostics, format: .html)
/// ```
public struct HandoverView: Sendable {
    public var title: String
    public var caseID: String
    /// `CABG x3 (…) · CPB 109 min · cross-clamp 73 min`.
    public var summary: String
    public var identitySection: ValueSection?
    /// Age, sex, weight, BSA, blood group, allergies.
    public var patientSection: ValueSection?
    /// Procedure, kind, date, place and the team.
    public var procedureSection: ValueSection?
    public var keyTimesSection: ValueSection?
    /// The bypass or support course in a few sentences.
    public var course: [String]
    /// The last value of each gas and lab, with its time.
    public var lastLabsSection: ValueSection?
    /// Heparin, protamine and its ratio, last ACT.
    public var anticoagulationSection: ValueSection?
    /// Drugs given in the last hour of the record and infusions started (rates), in time order.
    public var drugs: TimedSection?
    public var fluidBalanceSection: ValueSection?
    public var bloodProducts: TimedSection?
    public var findings: [FindingView]
    public var hasFindings: Bool
    public var findingsSummary: String
    public var unticked: [ChecklistLine]
    public var hasUnticked: Bool
    public var hasCourse: Bool
    /// The handover text from the log.
    public var handover: NoteView?

    /// The handover view of `record`; `figures` are derived when nil.
    public init(record: PerfusionCase, figures: CaseFigures? = nil, findings: [Diagnostic] = [], format: DocumentFormat) {
        let s = ViewSource(record: record, figures: figures ?? CaseFigures(record: record), findings: findings, format: format)
        let t = s.text
        caseID = t.inline(record.header.caseID)
        title = t.inline("ICU handover: \(record.header.caseID)")
        summary = t.inline(s.handoverSummary)
        identitySection = s.identitySection
        let p = record.patient
        patientSection = s.section("Patient", [
            s.row("Age", s.ageText), s.row("Sex", p.sex?.rawValue), s.row("Weight", p.weight?.description),
            s.row("Body surface area", s.bsaText), s.row("Blood group", p.bloodGroup),
            s.row("Allergies", p.allergies.isEmpty ? "none recorded" : p.allergies.joined(separator: ", "), alert: !p.allergies.isEmpty),
        ])
        procedureSection = s.procedureSection
        keyTimesSection = s.keyTimesSection
        course = s.courseSentences.map(t.inline)
        hasCourse = !course.isEmpty
        lastLabsSection = s.lastLabsSection
        anticoagulationSection = s.anticoagulationSection
        drugs = s.timedSection("Drugs in the last hour and infusions", s.transferDrugLines)
        fluidBalanceSection = s.fluidBalanceSection
        bloodProducts = s.timedSection("Blood products", s.bloodProductLines)
        self.findings = s.findingViews
        hasFindings = !findings.isEmpty
        findingsSummary = t.inline(FindingsSummary.text(findings))
        unticked = s.untickedLines
        hasUnticked = !unticked.isEmpty
        handover = s.handoverNote
    }
}
