import Foundation

/// Writes rendered documents into one folder under their safe names, atomically, never over an input, and never
/// two records into the same file (two records with the same case id: the second is refused).
///
/// ```swift
/// var output = DocumentOutput(folder: url, displayPath: "out", writer: AtomicFileWriter(protecting: inputs))
/// let shown = try output.write(file, for: input)   // "out/SEC-2026-0412-report.html"
/// ```
public struct DocumentOutput: Sendable {
    public let folder: URL
    public let displayPath: String
    public let writer: AtomicFileWriter
    /// Targets written so far (resolved path → the input written there).
    private var written: [String: String] = [:]

    public init(folder: URL, displayPath: String, writer: AtomicFileWriter) {
        self.folder = folder
        self.displayPath = displayPath.hasSuffix("/") ? String(displayPath.dropLast()) : displayPath
        self.writer = writer
    }

    /// The folder `path` names (as typed, relative to `currentDirectory`).
    public init(path: String, writer: AtomicFileWriter,
                currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.init(folder: URL.resolving(path, against: currentDirectory), displayPath: path, writer: writer)
    }

    /// Writes `file`, rendered from `input`; returns the path written, as shown to the user.
    public mutating func write(_ file: DocumentFile, for input: InputFile) throws(OutputError) -> String {
        let url = folder.appendingPathComponent(file.name)
        let shown = "\(displayPath)/\(file.name)"
        let key = AtomicFileWriter.resolvedPath(url)
        if let first = written[key] { throw .duplicateOutput(path: shown, firstInput: first) }
        try writer.write(file.text, to: url, displayPath: shown)
        written[key] = input.displayPath
        return shown
    }
}
