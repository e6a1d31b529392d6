import Foundation
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
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
        if let reason = Self.createFolders(folder) { throw .cannotCreateFolder(path: folder.path, reason: reason) }
        let temporary = folder.appendingPathComponent(Self.temporaryName(for: url.lastPathComponent))
        if let reason = Self.writeNew(temporary.path, Array(text.utf8)) { throw .cannotWrite(path: shown, reason: reason) }
        if rename(temporary.path, url.path) != 0 {
            let reason = Self.lastError()
            unlink(temporary.path)
            throw .cannotWrite(path: shown, reason: reason)
        }
    }

    /// A hidden, unique name for the temporary file: the target's name cut to 60 bytes, so a target name near the
    /// file system's 255-byte limit still leaves room (`.<name>.<UUID>.tmp`).
    static func temporaryName(for name: String) -> String {
        var stem = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if String(stem).utf8.count + String(scalar).utf8.count > 60 { break }
            stem.append(scalar)
        }
        return ".\(String(stem)).\(UUID().uuidString).tmp"
    }

    /// Creates `folder` and its missing parents; nil on success, else the system's reason.
    private static func createFolders(_ folder: URL) -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            return isFolder.boolValue ? nil : String(cString: strerror(ENOTDIR))
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path != folder.path, let reason = createFolders(parent) { return reason }
        return mkdir(folder.path, 0o755) == 0 || errno == EEXIST ? nil : lastError()
    }

    /// Writes `bytes` to a new file at `path` (never an existing one) and flushes it to the disk, so the rename that
    /// follows never puts an empty or partial file in place after a crash; nil on success, else the system's reason
    /// (the file is then removed).
    private static func writeNew(_ path: String, _ bytes: [UInt8]) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { return lastError() }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written < 0 { return failed(path, closing: descriptor) }
            offset += written
        }
        if fsync(descriptor) != 0 { return failed(path, closing: descriptor) }
        guard close(descriptor) == 0 else { return failed(path, closing: nil) }
        return nil
    }

    /// The system's reason for the last failure, after closing `descriptor` and removing the file at `path`.
    private static func failed(_ path: String, closing descriptor: Int32?) -> String {
        let reason = lastError()
        if let descriptor { close(descriptor) }
        unlink(path)
        return reason
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }

    /// The path with symbolic links resolved, also when the file itself does not exist yet.
    static func resolvedPath(_ url: URL) -> String {
        let standard = url.standardizedFileURL
        if FileManager.default.fileExists(atPath: standard.path) { return standard.resolvingSymlinksInPath().path }
        let parent = standard.deletingLastPathComponent()
        return parent.resolvingSymlinksInPath().appendingPathComponent(standard.lastPathComponent).path
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
