import Foundation
import PerfusioCore

/// Expands the paths a user gave (files and folders) into the batch's input files.
///
/// Folders are searched recursively for `.md`, `.markdown` and `.xml` files (hidden files and folders skipped; a
/// Markdown file counts only when it opens with front matter, `---`, so a folder's README is not taken for a log),
/// and their files are sorted by path; files named directly are taken whatever their extension (the format table sniffs
/// them). Arguments keep their order; a file reached twice (named twice, or inside two named folders) is kept once,
/// at its first place, comparing paths with symbolic links resolved. A missing path becomes an `input.missing`
/// entry, not a crash, so the rest of the batch still runs.
///
/// ```swift
/// let files = InputCollector().collect(["samples/", "extra.md"])
/// ```
public struct InputCollector: Sendable {
    /// The extensions a folder search picks up, lower-case, without the dot.
    public var extensions: Set<String>
    /// The folder relative paths are resolved against.
    public var currentDirectory: URL

    public init(extensions: Set<String> = RecordFormat.folderExtensions,
                currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.extensions = extensions
        self.currentDirectory = currentDirectory
    }

    /// The input files for `paths`, in argument order, folders expanded and sorted, duplicates removed.
    public func collect(_ paths: [String]) -> [InputFile] {
        var seen = Set<String>()
        var files: [InputFile] = []
        for path in paths {
            for file in expand(path) {
                let key = file.problem == nil ? file.url.resolvingSymlinksInPath().path : "?" + file.displayPath
                if seen.insert(key).inserted { files.append(file) }
            }
        }
        return files
    }

    /// The paths listed in a file list: one per line, blank lines and lines starting with `#` skipped.
    public static func paths(inFileList text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    private func expand(_ path: String) -> [InputFile] {
        let url = URL.resolving(path, against: currentDirectory)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            let problem = InputDiagnostics.missing("no such file or folder")
            return [InputFile(url: url, displayPath: path, relativePath: url.lastPathComponent, problem: problem)]
        }
        guard isFolder.boolValue else {
            return [InputFile(url: url, displayPath: path, relativePath: url.lastPathComponent)]
        }
        let found = recordFiles(under: url)
        if found.isEmpty {
            let problem = InputDiagnostics.emptyFolder("no record in this folder (.md with front matter, .markdown or .xml)")
            return [InputFile(url: url, displayPath: path, relativePath: "", problem: problem)]
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return found.map { InputFile(url: url.appendingPathComponent($0), displayPath: prefix + $0, relativePath: $0) }
    }

    /// Relative paths of the record files below `folder`, sorted by Unicode scalars (the same on every machine).
    /// The files are looked at on all cores at once (a stat and, for Markdown, its first bytes each): a folder of
    /// 100,000 logs otherwise kept the batch waiting seconds before its first record.
    private func recordFiles(under folder: URL) -> [String] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys,
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var candidates: [URL] = []
        for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) { candidates.append(url) }
        let isRecord = ConcurrentMap.map(candidates, concurrently: candidates.count >= 64) { url in
            (try? url.resourceValues(forKeys: Set(keys)).isRegularFile) == true && Self.mayBeRecord(url)
        }
        let base = folder.standardizedFileURL.path
        var found: [String] = []
        for (url, isRecord) in zip(candidates, isRecord) where isRecord {
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
            found.append(relative)
        }
        return found.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// False for a Markdown file that does not open with front matter (a README, notes): not a pump log.
    static func mayBeRecord(_ url: URL) -> Bool {
        guard RecordFormat(fileExtension: url.pathExtension) == .markdown else { return true }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 6)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        var head = bytes.prefix(max(0, count))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        return head.starts(with: Array("---".utf8))
    }
}
