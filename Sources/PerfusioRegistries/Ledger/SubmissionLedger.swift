import GRDB

/// The submission ledger: an SQLite database of what was sent to which registry, and the site's table of
/// pseudonymous case ids. Each batch is written in one transaction, so an interrupted run leaves it as it was.
///
/// ```swift
/// let ledger = try SubmissionLedger(path: "out/ledger.sqlite")
/// let known = try ledger.lastHashes(registry: "sts-acsd")
/// try ledger.record(batch, newPseudonyms: fresh) { try writeSubmissionFiles() }
/// ```
public final class SubmissionLedger: Sendable {
    private let queue: DatabaseQueue

    /// Opens (creating and migrating when needed) the ledger at `path`.
    public init(path: String) throws {
        queue = try DatabaseQueue(path: path)
        try LedgerSchema.migrator().migrate(queue)
    }

    /// Opens an existing ledger read-only (for `--dry-run` and `ledger list`).
    public init(readingExisting path: String) throws {
        var config = Configuration()
        config.readonly = true
        queue = try DatabaseQueue(path: path, configuration: config)
    }

    /// Known pseudonyms by case key.
    public func pseudonyms() throws -> [String: String] {
        try queue.read { db in
            try Dictionary(Row.fetchAll(db, sql: "SELECT case_key, pseudonym FROM pseudonyms").map {
                ($0["case_key"] as String, $0["pseudonym"] as String)
            }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The content hash last sent to `registry` for each case key.
    public func lastHashes(registry: String) throws -> [String: String] {
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT case_key, content_hash FROM submissions WHERE registry = ? ORDER BY id
                """, arguments: [registry])
            var hashes: [String: String] = [:]
            for row in rows { hashes[row["case_key"]] = row["content_hash"] as String }
            return hashes
        }
    }

    /// Writes `batch` and the pseudonyms it introduced in one transaction. `beforeCommit` runs inside the
    /// transaction (the caller writes its files there): when it or any insert throws, nothing is kept.
    public func record(_ batch: LedgerBatch, newPseudonyms: [String: String],
                       beforeCommit: () throws -> Void = {}) throws {
        try queue.inTransaction { db in
            for (key, pseudonym) in newPseudonyms.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO pseudonyms (case_key, pseudonym, created_at) VALUES (?, ?, ?)",
                               arguments: [key, pseudonym, batch.createdAt])
            }
            try db.execute(sql: """
                INSERT INTO batches (id, registry, specification, mode, created_at, sent, corrections, unchanged, held_out)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [batch.id, batch.registry, batch.specification, batch.mode.rawValue, batch.createdAt,
                                 batch.entries.count, batch.corrections, batch.unchanged, batch.heldOut])
            for e in batch.entries {
                try db.execute(sql: """
                    INSERT INTO submissions (batch_id, registry, case_key, pseudonym, content_hash, is_correction,
                                             source_file, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [batch.id, batch.registry, e.caseKey, e.pseudonym, e.contentHash, e.isCorrection,
                                     e.sourceFile, batch.createdAt])
            }
            try beforeCommit()
            return .commit
        }
    }

    /// Every case sent, oldest first; only `registry`'s when given.
    public func history(registry: String? = nil) throws -> [LedgerRecord] {
        try queue.read { db in
            let filter = registry == nil ? "" : "WHERE s.registry = ?"
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.*, b.mode FROM submissions s JOIN batches b ON b.id = s.batch_id \(filter) ORDER BY s.id
                """, arguments: StatementArguments(registry.map { [$0] } ?? []))
            return rows.map { row in
                LedgerRecord(batchID: row["batch_id"], registry: row["registry"], mode: row["mode"],
                             submittedAt: row["submitted_at"],
                             entry: LedgerEntry(caseKey: row["case_key"], pseudonym: row["pseudonym"],
                                                contentHash: row["content_hash"], isCorrection: row["is_correction"],
                                                sourceFile: row["source_file"]))
            }
        }
    }

    /// The number of batches recorded.
    public func batchCount() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM batches") ?? 0 }
    }
}
