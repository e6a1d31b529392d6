import Foundation
import PerfusioCore
import PerfusioLogbook

/// Runs `perfusio logbook`: loads the profile, the staff list and the records, builds the logbook and renders
/// one person's log or the department summary. All file reading for the logbook happens here.
///
/// ```swift
/// let runner = LogbookRunner(loader: RecordLoader(formats: .standard(schemas: schemas)), schemas: schemas, templates: templates)
/// let result = try runner.run(files, LogbookRequest(person: "jmarsh", department: false, asOf: .today))
/// ```
public struct LogbookRunner: Sendable {
    public var loader: RecordLoader
    public var schemas: URL
    /// The templates folder; needed for HTML and Markdown only.
    public var templates: URL?
    public var environment: [String: String]

    public init(loader: RecordLoader, schemas: URL, templates: URL?,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.loader = loader
        self.schemas = schemas
        self.templates = templates
        self.environment = environment
    }

    /// The logbook asked for by `request` over `inputs`.
    public func run(_ inputs: [InputFile], _ request: LogbookRequest) throws(LogbookSetupError) -> LogbookResult {
        try run(load(inputs), request)
    }

    /// The records of `inputs` a logbook may use (read without errors), and every reader diagnostic by file.
    public func load(_ inputs: [InputFile]) -> (records: [PerfusionCase], diagnostics: [FileDiagnostics]) {
        var records: [PerfusionCase] = []
        var files: [FileDiagnostics] = []
        for input in inputs {
            let loaded = loader.load(input)
            if !loaded.diagnostics.isEmpty { files.append(FileDiagnostics(file: loaded.displayPath, diagnostics: loaded.diagnostics)) }
            if let record = loaded.record, !loaded.diagnostics.hasErrors { records.append(record) }
        }
        return (records, files)
    }

    /// The logbook asked for by `request` over records already loaded by `load(_:)`.
    public func run(_ loaded: (records: [PerfusionCase], diagnostics: [FileDiagnostics]),
                    _ request: LogbookRequest) throws(LogbookSetupError) -> LogbookResult {
        let renderer = try LogbookTemplates.renderer(for: request.format, in: templates)
        let profileFile = try profileURL(request.profile)
        var files: [FileDiagnostics] = []
        let profile = LogbookFiles.profile(at: profileFile, id: request.profile, into: &files)
        let staff = request.staffFile.flatMap { LogbookFiles.staff(at: $0, into: &files) }
        let failedSetup = files.contains { $0.diagnostics.hasErrors } || (request.staffFile != nil && staff == nil)
        let records = loaded.records
        files += loaded.diagnostics
        guard let profile, !failedSetup else { return LogbookResult(text: nil, diagnostics: files, status: .inputError) }
        let builder = LogbookBuilder(profile: profile, staff: staff, references: CaseReference(siteKey: siteKey(request, &files)),
                                     period: request.period)
        let logbook = builder.build(records)
        files += LogbookFiles.grouped(logbook.diagnostics)
        let institutions = records.compactMap { r in r.header.institution.map { IdentifierRedaction(r.patient.identity).redact($0) } }
        let site = staff?.site ?? Set(institutions).sorted().joined(separator: "; ")
        let text: String?
        do {
            text = try render(logbook, request, site: site, renderer: renderer, files: &files)
        } catch {
            throw LogbookSetupError(error.description)
        }
        return LogbookResult(text: text, diagnostics: files, status: max(ExitStatus.of(files), text == nil ? .inputError : .success))
    }

    private func render(_ logbook: Logbook, _ request: LogbookRequest, site: String, renderer: LogbookRenderer,
                        files: inout [FileDiagnostics]) throws(LogbookRenderError) -> String? {
        if request.department {
            return try renderer.render(DepartmentSummary(logbook, asOf: request.asOf), site: site, as: request.format)
        }
        guard let name = request.person, let person = logbook.person(named: name) else {
            let known = logbook.people.map(\.description).joined(separator: ", ")
            files.append(FileDiagnostics(file: "logbook", diagnostics: [LogbookDiagnostics.unknownPerson(
                "`\(request.person ?? "")` is in none of the records read; people found: \(known.isEmpty ? "none" : known)")]))
            return nil
        }
        return try renderer.render(logbook.entry(for: person), site: site, asOf: request.asOf, as: request.format)
    }

    private func profileURL(_ name: String) throws(LogbookSetupError) -> URL {
        let folder = schemas.appendingPathComponent("credentials")
        let available = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        guard available.contains(name) else {
            throw LogbookSetupError("no credential profile named `\(name)` in the schemas folder's credentials/; available: \(available.joined(separator: ", "))")
        }
        return folder.appendingPathComponent("\(name).yaml")
    }

    /// The site key: the `--site-key` file's bytes (a final line break dropped), else `PERFUSIO_SITE_KEY`.
    private func siteKey(_ request: LogbookRequest, _ files: inout [FileDiagnostics]) -> [UInt8]? {
        if let url = request.siteKeyFile { return LogbookFiles.key(at: url, into: &files) }
        return environment["PERFUSIO_SITE_KEY"].map { Array($0.utf8) }
    }
}
