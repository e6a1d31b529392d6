import PerfusioRegistries

/// The text of `perfusio ledger list`: one line per case sent, oldest first, tab-separated under a header.
public enum LedgerListing {
    public static func text(_ history: [LedgerRecord]) -> String {
        var lines = ["batch\tregistry\tsubmitted\tmode\tcase\tkind\tfile\tsha256"]
        for r in history {
            lines.append([r.batchID, r.registry, r.submittedAt, r.mode, r.entry.pseudonym,
                          r.entry.isCorrection ? "correction" : "new", r.entry.sourceFile, r.entry.contentHash]
                .joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
