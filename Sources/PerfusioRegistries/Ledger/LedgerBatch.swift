/// A batch about to be written to the ledger: its id, registry and the cases it sends.
public struct LedgerBatch: Sendable, Hashable {
    public var id: String
    public var registry: String
    public var specification: String
    public var mode: DeidentificationMode
    /// ISO 8601 UTC time of the batch.
    public var createdAt: String
    public var entries: [LedgerEntry]
    /// Cases left out because they were already sent unchanged.
    public var unchanged: Int
    /// Cases held out because of errors.
    public var heldOut: Int

    public init(id: String, registry: String, specification: String, mode: DeidentificationMode, createdAt: String,
                entries: [LedgerEntry], unchanged: Int, heldOut: Int) {
        self.id = id
        self.registry = registry
        self.specification = specification
        self.mode = mode
        self.createdAt = createdAt
        self.entries = entries
        self.unchanged = unchanged
        self.heldOut = heldOut
    }

    /// Cases sent that correct an earlier submission.
    public var corrections: Int { entries.filter(\.isCorrection).count }
}

/// One case sent in a batch.
public struct LedgerEntry: Sendable, Hashable, Codable {
    /// The site's key for the case (institution and case id).
    public var caseKey: String
    public var pseudonym: String
    /// SHA-256 (hex) of the row's canonical serialisation (``ContentHash``).
    public var contentHash: String
    /// True when the case was sent before with different content.
    public var isCorrection: Bool
    public var sourceFile: String

    public init(caseKey: String, pseudonym: String, contentHash: String, isCorrection: Bool, sourceFile: String) {
        self.caseKey = caseKey
        self.pseudonym = pseudonym
        self.contentHash = contentHash
        self.isCorrection = isCorrection
        self.sourceFile = sourceFile
    }
}

/// One line of `perfusio ledger list`: a case sent in a batch.
public struct LedgerRecord: Sendable, Hashable, Codable {
    public var batchID: String
    public var registry: String
    public var mode: String
    public var submittedAt: String
    public var entry: LedgerEntry
}
