import Foundation

/// The machine-readable JSON of a submission: the same rows as the upload file, each a mapping from column
/// name to its written text (null for an empty cell), with the registry, specification and mode.
public struct SubmissionDocument: Codable, Sendable, Equatable {
    public var registry: String
    public var profile: String
    public var specification: String
    /// `deidentified` or `identified`.
    public var mode: String
    public var batch: String
    public var columns: [String]
    public var rows: [[String: String?]]

    public init(rows: [CaseRow], profile: RegistryProfile, mode: DeidentificationMode, batch: String) {
        registry = profile.registry
        self.profile = profile.id
        specification = profile.specification
        self.mode = mode.rawValue
        self.batch = batch
        columns = profile.columns
        self.rows = rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(profile.columns, row.cells.map(\.text)))
        }
    }

    /// Pretty-printed JSON with sorted keys, the same bytes for the same rows.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Writes `nil` cells as JSON null (the synthesised encoder would drop them).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(registry, forKey: .registry)
        try c.encode(profile, forKey: .profile)
        try c.encode(specification, forKey: .specification)
        try c.encode(mode, forKey: .mode)
        try c.encode(batch, forKey: .batch)
        try c.encode(columns, forKey: .columns)
        try c.encode(rows.map { $0.mapValues(NullableText.init) }, forKey: .rows)
    }

    private struct NullableText: Encodable {
        let text: String?
        init(_ text: String?) { self.text = text }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            if let text { try c.encode(text) } else { try c.encodeNil() }
        }
    }
}
