import GRDB

/// The ledger's tables, created by one migration per schema version.
///
/// - `pseudonyms`: the site's lookup table from its case key (institution and case id) to the random surrogate id
///   (DOMAIN.md §4, re-identification code (a)). It stays at the site: never part of a submission.
/// - `batches`: one row per submitted batch.
/// - `submissions`: one row per case sent in a batch, with the SHA-256 of its row.
enum LedgerSchema {
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE pseudonyms (
                    case_key TEXT PRIMARY KEY NOT NULL,
                    pseudonym TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL);
                CREATE TABLE batches (
                    id TEXT PRIMARY KEY NOT NULL,
                    registry TEXT NOT NULL,
                    specification TEXT NOT NULL,
                    mode TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    sent INTEGER NOT NULL,
                    corrections INTEGER NOT NULL,
                    unchanged INTEGER NOT NULL,
                    held_out INTEGER NOT NULL);
                CREATE TABLE submissions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    batch_id TEXT NOT NULL REFERENCES batches(id),
                    registry TEXT NOT NULL,
                    case_key TEXT NOT NULL,
                    pseudonym TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    is_correction INTEGER NOT NULL,
                    source_file TEXT NOT NULL,
                    submitted_at TEXT NOT NULL,
                    UNIQUE (batch_id, case_key));
                CREATE INDEX submissions_by_case ON submissions(registry, case_key, id);
                """)
        }
        return migrator
    }
}
