import Foundation

/// Paths of the package's test fixtures and samples, found from this file's location.
public enum Fixtures {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures`.
    public static let root = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// A file under `Tests/Fixtures/examples` (the shared example logs).
    public static func example(_ name: String) -> URL { root.appendingPathComponent("examples/\(name)") }

    /// A file under `Tests/Fixtures/captures`.
    public static func capture(_ name: String) -> URL { root.appendingPathComponent("captures/\(name)") }

    /// A file under `samples/`.
    public static func sample(_ name: String) -> URL { packageRoot.appendingPathComponent("samples/\(name)") }

    /// The example logs that must read without errors.
    public static let goodExamples = ["adult-cabg.md", "paediatric-vsd.md", "va-ecmo-run.md"]

    /// The bytes of a fixture file.
    public static func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }
}
