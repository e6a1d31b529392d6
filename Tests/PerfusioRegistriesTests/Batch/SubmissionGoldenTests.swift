import Foundation
import Perfusio
import PerfusioCore
import PerfusioMarkdown
import PerfusioRender
import PerfusioTestSupport
import Testing
@testable import PerfusioRegistries

/// The submission files, data-quality reports and dashboard of the examples and samples, byte for byte. Keyed-hash
/// pseudonyms under a fixed test key and a fixed batch make them deterministic.
@Suite struct SubmissionGoldenTests {
    static let golden = "Tests/PerfusioRegistriesTests/Golden"
    static let files = ["adult-cabg.md", "paediatric-vsd.md", "va-ecmo-run.md", "broken-timeline.md"].map(Fixtures.example)
        + ["adult-aortic-dissection-overnight.md", "adult-cpb-fahrenheit.md", "vv-ecmo-ards.md"].map(Fixtures.sample)

    static func inputs() throws -> [BatchInput] {
        try files.map { url in
            let name = url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
            let result = LogReader().read(try Fixtures.bytes(url), from: name)
            return BatchInput(file: name, record: result.record, diagnostics: result.diagnostics)
        }
    }

    static func batch(_ profileID: String, mode: DeidentificationMode = .deidentified) throws -> SubmissionBatch {
        var planner = SubmissionPlanner(
            profile: try RegistryTestSupport.profile(profileID),
            options: SubmissionOptions(batchID: "20260601T100000Z-test", createdAt: "2026-06-01T10:00:00Z", mode: mode,
                                       pseudonymScheme: "HMAC-SHA-256 of the site's case key with the site key"),
            pseudonymizer: Pseudonymizer(scheme: .keyedHash(Array("a site key of thirty-two bytes!!".utf8))),
            sentHashes: [:])
        return planner.plan(try inputs())
    }

    func check(_ text: String, _ name: String) {
        let issue = Golden.check(text, against: "\(Self.golden)/\(name)")
        #expect(issue == nil, Comment(rawValue: issue ?? ""))
    }

    @Test(arguments: ["sts-acsd", "amsect-perform", "anzcpr", "elso"])
    func submissionFiles(_ profileID: String) throws {
        let batch = try Self.batch(profileID)
        switch batch.profile.format {
        case .csv: check(try CSVSubmissionWriter.write(batch.sent, profile: batch.profile), "\(profileID)-submission.csv")
        case .xml(let root, let record):
            check(XMLSubmissionWriter.write(batch.sent, profile: batch.profile, root: root, record: record), "\(profileID)-submission.xml")
        }
        let json = SubmissionDocument(rows: batch.sent, profile: batch.profile, mode: .deidentified, batch: batch.options.batchID)
        check(try json.json(), "\(profileID)-submission.json")
    }

    @Test func qualityReports() async throws {
        let renderer = try await RegistryTestRenderer.make()
        let report = QualityReport(batch: try Self.batch("sts-acsd"), isDryRun: false)
        check(try renderer.markdown(report), "sts-acsd-quality.md")
        check(try renderer.html(report), "sts-acsd-quality.html")
        let identified = QualityReport(batch: try Self.batch("sts-acsd", mode: .identified), isDryRun: true)
        check(try renderer.markdown(identified), "sts-acsd-quality-identified-dry-run.md")
    }

    @Test func dashboard() async throws {
        let templates = try await DocumentTemplates.load(from: Fixtures.packageRoot.appendingPathComponent("templates"))
        let view = DashboardView(QualityDashboard(try Self.inputs())) { DocumentKind.report.fileName(stem: DocumentKind.stem(caseID: $0.caseID), format: .html) }
        check(try templates.render(view, template: "dashboard/html"), "dashboard.html")
    }
}
