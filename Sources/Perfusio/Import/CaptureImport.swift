import Foundation
import PerfusioCaptures
import PerfusioCore

/// Imports device captures into a record: finds each capture's mapping (given, or the first in
/// `schemas/captures/` that recognises the file), reads it with the patient and the case's time window, applies
/// `schemas/captures/artefacts.yaml`, and merges. All file reading of the import happens here.
///
/// ```swift
/// let run = CaptureImport(schemas: schemasFolder, patientID: "2026027")
/// let outcome = run.run(record: loaded, captures: [InputFile(url: cdi, displayPath: "cdi.log", relativePath: "cdi.log")])
/// print(ImportSummaryRenderer.text(outcome.summaries))
/// ```
public struct CaptureImport: Sendable {
    /// The schemas folder holding `captures/*.yaml`.
    public var schemas: URL
    /// A mapping file to use for every capture instead of recognising each one, and its path as the user gave it.
    public var mappingFile: (url: URL, displayPath: String)?
    public var patientID: String?
    /// Device minus wall clock, seconds, for every capture; estimated per capture when nil.
    public var clockOffset: Int?
    public var maximumBytes: Int

    public init(schemas: URL, mappingFile: (url: URL, displayPath: String)? = nil, patientID: String? = nil, clockOffset: Int? = nil,
                maximumBytes: Int = RecordLoader.defaultMaximumBytes) {
        self.schemas = schemas
        self.mappingFile = mappingFile
        self.patientID = patientID
        self.clockOffset = clockOffset
        self.maximumBytes = maximumBytes
    }

    /// What an import produced: the merged record (nil when nothing could be merged), a summary per capture merged,
    /// and the diagnostics of every file involved (record, captures, mappings, rules), in that order.
    public struct Outcome: Sendable {
        public var record: PerfusionCase?
        public var summaries: [ImportSummary]
        public var reports: [FileDiagnostics]
    }

    /// Merges `captures` into the loaded record. A capture with an error is reported and left out.
    public func run(record loaded: LoadedRecord, captures: [InputFile]) -> Outcome {
        var outcome = Outcome(record: nil, summaries: [], reports: [FileDiagnostics(file: loaded.displayPath, diagnostics: loaded.diagnostics)])
        guard let record = loaded.record, !loaded.diagnostics.hasErrors else { return outcome }
        let rulesFile = schemas.appendingPathComponent("captures/artefacts.yaml")
        guard let rules = load(rulesFile, shown: rulesFile.path, ArtefactRulesLoader.load, into: &outcome),
              let mappings = mappings(into: &outcome) else { return outcome }
        let selection = CaptureSelection(patientID: patientID, window: CaptureSelection.caseWindow(of: record))
        var read: [Capture] = []
        for input in captures {
            let capture = self.capture(input, mappings: mappings, selection: selection)
            outcome.reports.append(FileDiagnostics(file: input.displayPath, diagnostics: capture.diagnostics))
            if !capture.diagnostics.hasErrors { read.append(capture) }
        }
        guard !read.isEmpty else { return outcome }
        let merged = CaptureMerger(rules: rules).merge(read, into: record, clockOffset: clockOffset)
        outcome.record = merged.record
        outcome.summaries = merged.summaries
        for d in merged.diagnostics {
            let file = d.location?.file ?? loaded.displayPath
            if let i = outcome.reports.firstIndex(where: { $0.file == file }) { outcome.reports[i].diagnostics.append(d) }
            else { outcome.reports.append(FileDiagnostics(file: file, diagnostics: [d])) }
        }
        return outcome
    }

    private func capture(_ input: InputFile, mappings: [CaptureMapping], selection: CaptureSelection) -> Capture {
        let bytes: [UInt8]
        switch CaptureFile.bytes(input.url, maximumBytes: maximumBytes) {
        case .success(let b): bytes = b
        case .failure(let problem): return Capture(device: "", file: input.displayPath, diagnostics: [problem.diagnostic])
        }
        let chosen = mappingFile != nil ? .success(mappings[0])
            : CaptureReader.identify(bytes, file: input.displayPath, among: mappings)
        switch chosen {
        case .success(let mapping): return CaptureReader(mapping: mapping).read(bytes, from: input.displayPath, selection: selection)
        case .failure(let refusal): return Capture(device: "", file: input.displayPath, diagnostics: refusal.diagnostics)
        }
    }

    /// The given mapping, or every mapping in `schemas/captures/` (all but `artefacts.yaml`) in name order.
    private func mappings(into outcome: inout Outcome) -> [CaptureMapping]? {
        if let mappingFile {
            return load(mappingFile.url, shown: mappingFile.displayPath, CaptureMappingLoader.load, into: &outcome).map { [$0] }
        }
        let folder = schemas.appendingPathComponent("captures")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && $0 != "artefacts.yaml" }.sorted()
        var found: [CaptureMapping] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            guard let mapping = load(url, shown: url.path, CaptureMappingLoader.load, into: &outcome) else { return nil }
            found.append(mapping)
        }
        return found
    }

    /// A data file loaded with `loader`, or nil with its problems reported under its path.
    private func load<T>(_ url: URL, shown: String, _ loader: (String, String) -> Result<T, CaptureRefusal>,
                         into outcome: inout Outcome) -> T? {
        switch CaptureFile.text(url, maximumBytes: maximumBytes) {
        case .failure(let problem):
            outcome.reports.append(FileDiagnostics(file: shown, diagnostics: [problem.diagnostic]))
            return nil
        case .success(let text):
            switch loader(text, shown) {
            case .success(let value): return value
            case .failure(let refusal):
                outcome.reports.append(FileDiagnostics(file: shown, diagnostics: refusal.diagnostics))
                return nil
            }
        }
    }
}
