/// Where a piece of the record came from: typed by a person, captured from a device, or derived by Perfusio.
public struct Origin: Hashable, Sendable, Codable {
    /// Who or what produced the value.
    public enum Kind: String, Sendable, Codable, CaseIterable { case typed, captured, derived }

    public var kind: Kind
    /// The source range it was read from (file, line, column).
    public var location: SourceLocation?
    /// For captured values: the device (e.g. `Terumo CDI 500`).
    public var device: String?

    public init(_ kind: Kind = .typed, at location: SourceLocation? = nil, device: String? = nil) {
        self.kind = kind
        self.location = location
        self.device = device
    }

    /// Typed by a person at `location`.
    public static func typed(at location: SourceLocation?) -> Origin { Origin(.typed, at: location) }
}
