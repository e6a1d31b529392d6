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
        try stage(text, to: url, displayPath: displayPath).commit()
    }

    /// The first half of ``write(_:to:displayPath:)``: checks the target, creates missing folders and writes `text`
    /// to a new temporary file beside it. Nothing is in place until ``StagedFile/commit()``, which flushes the
    /// file to the disk (the slow part) and renames it; a batch can leave that to a thread of its own.
    public func stage(_ text: String, to url: URL, displayPath: String? = nil) throws(OutputError) -> StagedFile {
        let shown = displayPath ?? url.path
        if isProtected(url) { throw .wouldOverwriteInput(path: shown) }
        let folder = url.deletingLastPathComponent()
        if let reason = Self.createFolders(folder) { throw .cannotCreateFolder(path: folder.path, reason: reason) }
        let temporary = folder.appendingPathComponent(Self.temporaryName(for: url.lastPathComponent)).path
        var text = text
        switch text.withUTF8({ Self.writeNew(temporary, $0) }) {
        case .success(let descriptor):
            return StagedFile(descriptor: descriptor, temporaryPath: temporary, targetPath: url.path, shown: shown)
        case .failure(let failure):
            throw .cannotWrite(path: shown, reason: failure.reason)
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

    /// Writes `bytes` to a new file at `path` (never an existing one), left open for ``StagedFile/commit()``; on
    /// failure the system's reason (the file is then removed).
    private static func writeNew(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Result<Int32, SystemFailure> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(SystemFailure(reason: lastError())) }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written < 0 { return .failure(SystemFailure(reason: failed(path, closing: descriptor))) }
            offset += written
        }
        return .success(descriptor)
    }

    /// A system call's reason for failing, as text.
    struct SystemFailure: Error {
        let reason: String
    }

    /// The system's reason for the last failure, after closing `descriptor` and removing the file at `path`.
    static func failed(_ path: String, closing descriptor: Int32?) -> String {
        let reason = lastError()
        if let descriptor { close(descriptor) }
        unlink(path)
        return reason
    }

    static func lastError() -> String { String(cString: strerror(errno)) }

    /// The path with symbolic links resolved, also when the file itself does not exist yet.
    static func resolvedPath(_ url: URL) -> String {
        let standard = url.standardizedFileURL
        if FileManager.default.fileExists(atPath: standard.path) { return standard.resolvingSymlinksInPath().path }
        let parent = standard.deletingLastPathComponent()
        return parent.resolvingSymlinksInPath().appendingPathComponent(standard.lastPathComponent).path
    }
}

extension AtomicFileWriter {
    // In this file: the audit (WriteAuditTests) allows only this file to create, rename or remove files.
    /// An output written whole to its temporary file and still open, waiting to be flushed and renamed into place
    /// (``AtomicFileWriter/stage(_:to:displayPath:)``). Commit it exactly once.
    public struct StagedFile: Sendable {
        let descriptor: Int32
        let temporaryPath: String
        let targetPath: String
        /// The target as shown to the user.
        public let shown: String

        /// Flushes the file to the disk, so the rename never puts an empty or partial file in place after a crash, then
        /// renames it over the target. On failure the temporary file is removed and nothing is in place.
        public func commit() throws(OutputError) {
            if fsync(descriptor) != 0 {
                throw .cannotWrite(path: shown, reason: AtomicFileWriter.failed(temporaryPath, closing: descriptor))
            }
            guard close(descriptor) == 0 else {
                throw .cannotWrite(path: shown, reason: AtomicFileWriter.failed(temporaryPath, closing: nil))
            }
            if rename(temporaryPath, targetPath) != 0 {
                let reason = AtomicFileWriter.lastError()
                unlink(temporaryPath)
                throw .cannotWrite(path: shown, reason: reason)
            }
        }
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
