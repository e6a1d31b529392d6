/// A folder of run-time resources: Mustache templates or schemas (XSD, rule packs, registry profiles).
public enum ResourceKind: String, Sendable, CaseIterable {
    case templates, schemas

    /// The environment variable naming the folder: `PERFUSIO_TEMPLATES` or `PERFUSIO_SCHEMAS`.
    public var environmentVariable: String { "PERFUSIO_\(rawValue.uppercased())" }

    /// The command-line option naming the folder: `--templates` or `--schemas`.
    public var option: String { "--\(rawValue)" }
}

/// No folder of a resource kind was found; the message names every place tried.
public struct ResourceError: Error, Equatable, Sendable, CustomStringConvertible {
    public var kind: ResourceKind
    /// Each place tried, with why it did not do (`/usr/share/perfusio/schemas (not found)`).
    public var tried: [String]

    public init(kind: ResourceKind, tried: [String]) {
        self.kind = kind
        self.tried = tried
    }

    public var description: String {
        "cannot find the \(kind.rawValue) folder; tried:\n" + tried.map { "  " + $0 }.joined(separator: "\n")
            + "\nname it with \(kind.option) DIR or \(kind.environmentVariable)=DIR"
    }
}
