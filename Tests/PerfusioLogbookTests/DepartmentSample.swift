import Foundation
import Perfusio
import PerfusioCore
import PerfusioLogbook
import PerfusioTestSupport

/// The department sample (`samples/department/`) read once and run through the logbook, for golden and scan tests.
enum DepartmentSample {
    static let folder = Fixtures.packageRoot.appendingPathComponent("samples/department")
    static let asOf = CaseDate(iso: "2026-06-30")!
    static let people = ["jmarsh", "klindqvist", "pandrade", "rdiaz", "tng"]

    static let inputs: [InputFile] = InputCollector(currentDirectory: Fixtures.packageRoot).collect(["samples/department"])

    static let runner = LogbookRunner(loader: RecordLoader(formats: .standard(schemas: schemas)), schemas: schemas,
                                      templates: templates, environment: [:])

    /// The sample read once (reading 120 logs is the slow part).
    static let loaded = runner.load(inputs)

    /// The sample records as the Markdown reader reads them.
    static var records: [PerfusionCase] { loaded.records }

    static let schemas = Fixtures.packageRoot.appendingPathComponent("schemas")
    static let templates = Fixtures.packageRoot.appendingPathComponent("templates")

    /// The logbook run over the sample with its staff list and site key.
    static func run(person: String?, profile: String = LogbookRequest.defaultProfile, format: LogbookFormat,
                    period: String? = nil) throws -> LogbookResult {
        let request = LogbookRequest(person: person, department: person == nil, profile: profile,
                                     period: period.flatMap(ReportingPeriod.init(text:)), format: format,
                                     staffFile: folder.appendingPathComponent("staff.yaml"),
                                     siteKeyFile: folder.appendingPathComponent("site-key.txt"), asOf: asOf)
        return try runner.run(loaded, request)
    }

    /// The engine's logbook over the sample (no rendering).
    static func logbook(profile: CredentialProfile) throws -> Logbook {
        let staffText = try String(contentsOf: folder.appendingPathComponent("staff.yaml"), encoding: .utf8)
        let staff = try StaffListLoader.load(staffText, file: "staff.yaml").get()
        let key = Array(try Data(contentsOf: folder.appendingPathComponent("site-key.txt")).dropLast())
        return LogbookBuilder(profile: profile, staff: staff, references: CaseReference(siteKey: key)).build(records)
    }
}
