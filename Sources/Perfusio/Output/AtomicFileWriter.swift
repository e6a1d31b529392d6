import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files atomically and never over an input of the batch.
///
/// Each file is written to a temporary file in the target folder and renamed into place, so a reader of the target
/// sees the old file or the new one, never half of one. Missing folders are created. A target that is one of the
/// protected inputs (compared after resolving symbolic links, and by device and inode for hard links) is refused.
///
/// ```swift
/// let writer = AtomicFileWriter(protecting: inputs.map(\.url))
/// try writer.write(xml, to: URL(fileURLWithPath: "out/adult.xml"))
/// ```
public struct AtomicFileWriter: Sendable {
    private let protectedPaths: Set<String>
    private let protectedNodes: Set<FileNode>

    /// A writer that refuses to write over any of `inputs`.
    public init(protecting inputs: [URL] = []) {
        protectedPaths = Set(inputs.map { Self.resolvedPath($0) })
        protectedNodes = Set(inputs.compactMap { FileNode(path: $0.path) })
    }

    /// True when `url` names one of the protected inputs.
    public func isProtected(_ url: URL) -> Bool {
        if protectedPaths.contains(Self.resolvedPath(url)) { return true }
        return FileNode(path: url.path).map(protectedNodes.contains) ?? false
    }

    /// Writes `text` as UTF-8 to `url`; `displayPath` names it in errors (its path when nil).
    public func write(_ text: String, to url: URL, displayPath: String? = nil) throws(OutputError) {
        let shown = displayPath ?? url.path
        if isProtected(url) { throw .wouldOverwriteInput(path: shown) }
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(path: folder.path, reason: Self.reason(error))
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw .cannotWrite(path: shown, reason: Self.reason(error))
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: shown, reason: reason)
        }
    }

    /// The path with symbolic links resolved, also when the file itself does not exist yet.
    static func resolvedPath(_ url: URL) -> String {
        let standard = url.standardizedFileURL
        if FileManager.default.fileExists(atPath: standard.path) { return standard.resolvingSymlinksInPath().path }
        let parent = standard.deletingLastPathComponent()
        return parent.resolvingSymlinksInPath().appendingPathComponent(standard.lastPathComponent).path
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

/// A file's device and inode: two paths naming the same file (hard links) share them.
private struct FileNode: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
