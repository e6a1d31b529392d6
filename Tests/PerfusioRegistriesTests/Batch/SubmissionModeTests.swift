import Foundation
import Perfusio
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioRegistries

/// `--identified`, `--site-key-file` and `ledger list` over a few generated records.
@Suite struct SubmissionModeTests {
    typealias Corpus = SubmissionBatchTests.Corpus

    func read(_ corpus: Corpus, _ suffix: String) throws -> String {
        try String(contentsOf: corpus.out.appendingPathComponent("sts-acsd-\(suffix)"), encoding: .utf8)
    }

    @Test func identifiedRunKeepsIdentifiersAndTheReportSaysSo() async throws {
        let corpus = try await Corpus(count: 3)
        defer { corpus.remove() }
        var request = corpus.request(at: 0)
        request.mode = .identified
        let result = try await corpus.runner.run(request)
        let csv = try read(corpus, "submission.csv")
        let log = corpus.logs[0]
        #expect(csv.contains("\(log.caseID),\(log.patientName.split(separator: " ").last!),"))
        #expect(csv.contains(log.recordNumber))
        #expect(csv.contains(log.dateOfBirth))
        #expect(result.batch.sent.map(\.caseIdentifier) == corpus.logs.map(\.caseID))
        #expect(try read(corpus, "quality.md").contains("- Mode: Identified (--identified)"))
    }

    @Test func keyedHashPseudonymsAreStableAndNotStored() async throws {
        let corpus = try await Corpus(count: 3)
        defer { corpus.remove() }
        let key = Array("a site key of thirty-two bytes!!".utf8)
        var request = corpus.request(at: 0)
        request.siteKey = key
        let first = try await corpus.runner.run(request)
        var expected = Pseudonymizer(scheme: .keyedHash(key))
        #expect(first.batch.sent.map(\.caseIdentifier)
                == corpus.logs.map { expected.pseudonym(for: "Synthetic General Hospital|\($0.caseID)") })
        let ledger = try SubmissionLedger(readingExisting: corpus.out.appendingPathComponent("ledger.sqlite").path)
        #expect(try ledger.pseudonyms().isEmpty)
        for suffix in ["submission.csv", "submission.json", "quality.md", "quality.html"] {
            #expect(!(try read(corpus, suffix)).contains("a site key"), "\(suffix)")
        }
        #expect(try read(corpus, "quality.md").contains("- Case ids: HMAC-SHA-256 of the site's case key with the site key"))
    }

    @Test func ledgerListingHasOneLinePerCaseSent() async throws {
        let corpus = try await Corpus(count: 2)
        defer { corpus.remove() }
        _ = try await corpus.run(at: 0)
        try corpus.edit(corpus.logs[1])
        let second = try await corpus.run(at: 60)
        let history = try SubmissionLedger(readingExisting: corpus.out.appendingPathComponent("ledger.sqlite").path).history()
        let lines = LedgerListing.text(history).split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(lines.first == ["batch", "registry", "submitted", "mode", "case", "kind", "file", "sha256"])
        #expect(lines.dropFirst().map { $0[5] } == ["new", "new", "correction"])
        #expect(lines.last?[0] == second.batch.options.batchID)
        #expect(lines.last?[2] == "2026-05-28T20:27:40Z")
        #expect(lines.dropFirst().allSatisfy { $0[3] == "deidentified" && $0[7].count == 64 })
    }
}
