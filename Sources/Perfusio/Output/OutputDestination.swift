import Foundation

/// Where `convert` (and later exporting commands) put their output: standard output, one file, or a folder.
///
/// In a folder each output is named after its input file's path below the folder argument it was found in, with
/// the new extension (`samples/ecmo/run.md` given as `samples/` → `OUT/ecmo/run.xml`): names come from the input
/// file, never from record content, so a case id cannot steer where a file lands.
public enum OutputDestination: Equatable, Sendable {
    case standardOutput
    case file(URL, displayPath: String)
    case folder(URL, displayPath: String)

    /// The destination for `output` (`-o`), or nil when several inputs have no `-o` (they need a folder).
    ///
    /// `output` names a folder when it is an existing folder, ends in `/`, or there are several inputs.
    public static func resolve(_ output: String?, several: Bool,
                               currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        -> OutputDestination? {
        guard let output else { return several ? nil : .standardOutput }
        let url = URL.resolving(output, against: currentDirectory)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
        if several || output.hasSuffix("/") || (exists && isFolder.boolValue) {
            return .folder(url, displayPath: output.hasSuffix("/") ? String(output.dropLast()) : output)
        }
        return .file(url, displayPath: output)
    }

    /// The file an input's output goes to with `fileExtension`, and its display path; nil for standard output.
    public func target(for input: InputFile, fileExtension: String) -> (url: URL, displayPath: String)? {
        switch self {
        case .standardOutput:
            return nil
        case .file(let url, let displayPath):
            return (url, displayPath)
        case .folder(let url, let displayPath):
            let relative = Self.replacingExtension(of: input.relativePath, with: fileExtension)
            return (url.appendingPathComponent(relative), displayPath + "/" + relative)
        }
    }

    /// `path` with its last extension replaced (or added when it has none).
    static func replacingExtension(of path: String, with fileExtension: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            return String(path[..<dot]) + "." + fileExtension
        }
        return path + "." + fileExtension
    }
}
