import Foundation
import Testing
@testable import PerfusioRegistries

@Suite struct SubmissionLedgerTests {
    struct Interrupted: Error {}

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func batch(_ id: String, _ keys: [String], correction: Bool = false) -> LedgerBatch {
        LedgerBatch(id: id, registry: "sts-acsd", specification: "4.20.2", mode: .deidentified,
                    createdAt: "2026-06-01T10:00:00Z",
                    entries: keys.map { LedgerEntry(caseKey: $0, pseudonym: "P-\($0)", contentHash: "h-\($0)",
                                                     isCorrection: correction, sourceFile: "\($0).md") },
                    unchanged: 0, heldOut: 0)
    }

    @Test func recordsABatchAndItsPseudonyms() throws {
        let ledger = try SubmissionLedger(path: folder.appendingPathComponent("l.sqlite").path)
        try ledger.record(batch("B1", ["a", "b"]), newPseudonyms: ["a": "P-a", "b": "P-b"])
        #expect(try ledger.pseudonyms() == ["a": "P-a", "b": "P-b"])
        #expect(try ledger.lastHashes(registry: "sts-acsd") == ["a": "h-a", "b": "h-b"])
        #expect(try ledger.lastHashes(registry: "elso") == [:])
        #expect(try ledger.history().map(\.entry.caseKey) == ["a", "b"])
        #expect(try ledger.batchCount() == 1)
    }

    @Test func aBatchFailingBeforeCommitLeavesTheLedgerAsItWas() throws {
        let path = folder.appendingPathComponent("l.sqlite").path
        let ledger = try SubmissionLedger(path: path)
        try ledger.record(batch("B1", ["a"]), newPseudonyms: ["a": "P-a"])
        #expect(throws: Interrupted.self) {
            try ledger.record(batch("B2", ["a", "c"], correction: true), newPseudonyms: ["c": "P-c"]) { throw Interrupted() }
        }
        let reopened = try SubmissionLedger(path: path)
        #expect(try reopened.pseudonyms() == ["a": "P-a"])
        #expect(try reopened.history().map(\.batchID) == ["B1"])
        #expect(try reopened.batchCount() == 1)
    }

    @Test func aBatchFailingMidwayThroughItsInsertsLeavesNothing() throws {
        let ledger = try SubmissionLedger(path: folder.appendingPathComponent("l.sqlite").path)
        try ledger.record(batch("B1", ["a"]), newPseudonyms: ["a": "P-a"])
        // The second entry repeats the first case key: its insert fails after the first one succeeded.
        #expect(throws: (any Error).self) {
            try ledger.record(batch("B2", ["d", "d"]), newPseudonyms: ["d": "P-d"])
        }
        #expect(try ledger.pseudonyms() == ["a": "P-a"])
        #expect(try ledger.history().map(\.batchID) == ["B1"])
    }
}
