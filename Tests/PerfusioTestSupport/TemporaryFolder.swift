import Foundation

/// A fresh folder under the system's temporary folder, for tests that write files; removed by `remove()`.
public struct TemporaryFolder: Sendable {
    /// The folder's location.
    public let url: URL

    /// Creates a new, empty folder whose name starts with `prefix`.
    public init(_ prefix: String = "perfusio-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The location of `path` inside the folder.
    public func file(_ path: String) -> URL { url.appendingPathComponent(path) }

    /// Writes `text` to `path` inside the folder, creating folders on the way; returns its location.
    @discardableResult
    public func write(_ text: String, to path: String) throws -> URL {
        let target = file(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target
    }

    /// The text of `path` inside the folder, nil when it is missing.
    public func read(_ path: String) -> String? { try? String(contentsOf: file(path), encoding: .utf8) }

    /// Deletes the folder and everything in it.
    public func remove() { try? FileManager.default.removeItem(at: url) }
}
