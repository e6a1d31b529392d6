import Foundation
import PerfusioCore
import PerfusioRegistries
import Testing
@testable import PerfusioRender

/// Every name the registry templates use exists in their views (built with a case of each kind, so nested
/// sections are checked too).
@Suite struct RegistryTemplateNamesTests {
    static func report() -> QualityReport {
        let profile = RegistryProfile(id: "t", registry: "T", specification: "1", status: .unverified, definedBy: "",
                                      format: .csv, kinds: [.cpb],
                                      fields: [ProfileField(column: "A", type: .integer, source: .figure("cpb_minutes"), isRequired: true)])
        let issue = Diagnostic.warning("registry.field.missing", "A: no value", at: SourceLocation(file: "a.md", line: 2),
                                       path: "/t/P-1/A")
        let cases = [CaseReport(caseIdentifier: "P-1", file: "a.md", outcome: .new, issues: [issue]),
                     CaseReport(caseIdentifier: "—", file: "b.md", outcome: .heldOut, issues: [issue])]
        let batch = SubmissionBatch(
            profile: profile, options: SubmissionOptions(batchID: "B", createdAt: "2026-01-01T00:00:00Z", mode: .deidentified),
            cases: cases, sent: [],
            completeness: [FieldCompleteness(column: "A", meaning: "a", isRequired: true, counts: [.missing: 1, .filled: 1])],
            ledger: LedgerBatch(id: "B", registry: "t", specification: "1", mode: .deidentified, createdAt: "", entries: [],
                                unchanged: 0, heldOut: 1),
            newPseudonyms: [:])
        return QualityReport(batch: batch, isDryRun: true)
    }

    @Test(arguments: ReportTextFormat.allCases)
    func everyNameInTheQualityTemplateExistsInTheView(_ format: ReportTextFormat) throws {
        let names = try TemplateNames(folder: CheckoutTemplates.folder)
        #expect(names.sources["quality/\(format.rawValue)"] != nil)
        #expect(names.missing(in: "quality/\(format.rawValue)", view: QualityReportView(Self.report(), format: format)) == [])
    }
}

@Suite struct DashboardTemplateNamesTests {
    @Test func everyNameInTheDashboardTemplateExistsInTheView() throws {
        let record = PerfusionCase(header: CaseHeader(caseID: "<b>x", kind: .cpb, date: CaseDate(iso: "2026-01-02")!))
        let dashboard = QualityDashboard([BatchInput(file: "a.md", record: record), BatchInput(file: "b.md", record: nil)])
        let view = DashboardView(dashboard) { "\($0.caseID).html" }
        let names = try TemplateNames(folder: CheckoutTemplates.folder)
        #expect(names.missing(in: "dashboard/html", view: view) == [])
    }
}
