import CSV
import Foundation
import Perfusio
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioRegistries

/// 500 generated records through `SubmissionRunner`: the batch completes, the CSV has the profile's columns, the
/// completeness report names exactly what the generator left out, no identifier leaks, and the ledger sends each
/// case once and a changed one as a correction.
@Suite(.serialized) struct SubmissionBatchTests {
    static let count = 500
    /// The STS column each omission of the generator empties.
    static let omittedColumns: [SyntheticLog.Omission: String] = [
        .sex: "Gender", .height: "HeightCm", .glucose: "HighIntraGlu", .haemoglobin: "LwstIntraHemo", .bloodProducts: "IBldProd",
    ]

    /// A folder of `count` generated records plus one broken one, an output folder and a runner.
    struct Corpus {
        let folder: URL
        let records: URL
        let out: URL
        let logs: [SyntheticLog]
        let runner: SubmissionRunner
        let sts: RegistryProfile

        init(count: Int) async throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("submit-\(UUID().uuidString)")
            records = folder.appendingPathComponent("records")
            out = folder.appendingPathComponent("out")
            logs = try SyntheticLogs(seed: 11).write(count: count, to: records)
            try FileManager.default.copyItem(at: Fixtures.example("broken-timeline.md"),
                                             to: records.appendingPathComponent("zz-broken.md"))
            runner = SubmissionRunner(loader: RecordLoader(formats: .standard(schemas: nil)), renderer: try await RegistryTestRenderer.make())
            sts = try RegistryTestSupport.profile("sts-acsd")
        }

        func request(at seconds: TimeInterval, dryRun: Bool = false) -> SubmissionRequest {
            SubmissionRequest(profile: sts, inputs: InputCollector().collect([records.path]), outputFolder: out,
                              isDryRun: dryRun, now: Date(timeIntervalSince1970: 1_780_000_000 + seconds))
        }

        func run(at seconds: TimeInterval, dryRun: Bool = false) async throws -> SubmissionRunner.Result {
            try await runner.run(request(at: seconds, dryRun: dryRun))
        }

        /// Adds a cell-saver line to a log: a change to its STS row (CellSavVol).
        func edit(_ log: SyntheticLog) throws {
            let url = records.appendingPathComponent(log.fileName)
            try String(contentsOf: url, encoding: .utf8)
                .replacingOccurrences(of: "- Urine on CPB:", with: "- Cell saver returned: 350 mL\n- Urine on CPB:")
                .write(to: url, atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func fiveHundredRecordsSubmitDeidentifiedAndOnce() async throws {
        let corpus = try await Corpus(count: Self.count)
        defer { corpus.remove() }
        let (records, out, logs, sts) = (corpus.records, corpus.out, corpus.logs, corpus.sts)
        let first = try await corpus.run(at: 0)
        #expect(first.batch.cases.count == Self.count + 1)
        #expect(first.batch.count(.new) == Self.count)
        #expect(first.batch.cases.filter { $0.outcome == .heldOut }.map(\.file) == [records.path + "/zz-broken.md"])

        let csv = try String(contentsOf: out.appendingPathComponent("sts-acsd-submission.csv"), encoding: .utf8)
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        #expect(reader.headerRow == sts.columns)
        var rows = 0
        while let row = reader.next() { rows += 1; #expect(row.count == sts.columns.count) }
        #expect(rows == Self.count)

        let expectedMissing = Set(logs.flatMap(\.omitted).compactMap { Self.omittedColumns[$0] })
        #expect(expectedMissing.count == Self.omittedColumns.count)
        #expect(Set(first.batch.incompleteColumns) == expectedMissing)
        for column in first.batch.incompleteColumns {
            let field = try #require(first.batch.completeness.first { $0.column == column })
            let omission = try #require(Self.omittedColumns.first { $0.value == column }?.key)
            #expect(field.count(.missing) == logs.filter { $0.omitted.contains(omission) }.count, "\(column)")
        }
        let markdown = try String(contentsOf: out.appendingPathComponent("sts-acsd-quality.md"), encoding: .utf8)
        for column in expectedMissing { #expect(markdown.contains("\(column) ("), "\(column) in the report") }

        try Self.expectNoIdentifiers(of: logs, in: out)

        let second = try await corpus.run(at: 60)
        #expect(second.batch.sent.isEmpty)
        #expect(second.batch.count(.unchanged) == Self.count)
        let again = try String(contentsOf: out.appendingPathComponent("sts-acsd-submission.csv"), encoding: .utf8)
        #expect(again == sts.columns.joined(separator: ",") + "\r\n")

        try corpus.edit(logs[41])
        let third = try await corpus.run(at: 120)
        #expect(third.batch.sent.count == 1)
        #expect(third.batch.ledger.entries.map(\.isCorrection) == [true])
        #expect(third.batch.cases.filter { $0.outcome == .correction }.map(\.file) == [records.path + "/" + logs[41].fileName])
        let history = try SubmissionLedger(readingExisting: out.appendingPathComponent("ledger.sqlite").path).history()
        #expect(history.count == Self.count + 1)
        #expect(history.last?.entry.pseudonym == third.batch.sent.first?.caseIdentifier)
        #expect(history.first { $0.entry.sourceFile.hasSuffix(logs[41].fileName) }?.entry.pseudonym == history.last?.entry.pseudonym)
    }

    /// No patient name, family name, record number or date of birth in any output file, nor any site case id in the
    /// submission files (the ledger keeps case ids: it is the site's lookup table).
    static func expectNoIdentifiers(of logs: [SyntheticLog], in folder: URL) throws {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        #expect(files.count == 5)
        for file in files {
            let words = IdentifierScan(Array(try Data(contentsOf: file)))
            var found: [String] = []
            for log in logs {
                let family = String(log.patientName.split(separator: " ").last ?? "")
                var identifiers = [family, log.recordNumber, log.dateOfBirth]
                if !file.lastPathComponent.hasPrefix("ledger") { identifiers.append(log.caseID) }
                found += identifiers.filter(words.contains)
            }
            #expect(found == [], "identifiers in \(file.lastPathComponent)")
        }
    }

    @Test func aDryRunWritesOnlyTheReportAndNoLedger() async throws {
        let corpus = try await Corpus(count: 20)
        defer { corpus.remove() }
        let result = try await corpus.run(at: 0, dryRun: true)
        #expect(result.batch.count(.new) == 20)
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.out.path).sorted()
        #expect(names == ["sts-acsd-quality.html", "sts-acsd-quality.md"])
    }

    @Test func aRunThatCannotWriteItsFilesLeavesTheLedgerAsItWas() async throws {
        let corpus = try await Corpus(count: 20)
        defer { corpus.remove() }
        let out = corpus.out
        _ = try await corpus.run(at: 0)
        try corpus.edit(corpus.logs[3])
        // The JSON's place is taken by a folder: the CSV is written, then the JSON fails, midway through the batch.
        try FileManager.default.removeItem(at: out.appendingPathComponent("sts-acsd-submission.json"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("sts-acsd-submission.json/x"),
                                                withIntermediateDirectories: true)
        let ledgerPath = out.appendingPathComponent("ledger.sqlite").path
        let before = try SubmissionLedger(readingExisting: ledgerPath).history()
        await #expect(throws: OutputError.self) { _ = try await corpus.run(at: 60) }
        let after = try SubmissionLedger(readingExisting: ledgerPath)
        #expect(try after.history() == before)
        #expect(try after.batchCount() == 1)
    }
}
