import Foundation

/// Writes rendered documents into one folder under their safe names, atomically, never over an input, and never
/// two records into the same file: a second record with the same case id (the Markdown log and the XML record of
/// one case, say) gets the stem `<id>-2` (see ``claim(_:for:)``).
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
    /// Stems claimed so far, lower-cased (file systems may ignore case) → the input that claimed them.
    private var stems: [String: String] = [:]

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

    /// A stem no earlier input of this batch has: `stem` itself, else `stem-2`, `stem-3`, …; with the input that
    /// first had `stem` when it was taken.
    public mutating func claim(_ stem: String, for input: InputFile) -> (stem: String, takenBy: String?) {
        var candidate = stem, n = 1
        while stems[candidate.lowercased()] != nil {
            n += 1
            candidate = "\(stem)-\(n)"
        }
        stems[candidate.lowercased()] = input.displayPath
        return (candidate, n == 1 ? nil : stems[stem.lowercased()])
    }

    /// Writes `file`, rendered from `input`; returns the path written, as shown to the user.
    public mutating func write(_ file: DocumentFile, for input: InputFile) throws(OutputError) -> String {
        let staged = try stage(file, for: input)
        try staged.commit()
        return staged.shown
    }

    /// `file` written to its temporary file beside its target, for ``AtomicFileWriter/StagedFile/commit()`` to
    /// flush and rename into place (the slow part, which a batch leaves to a thread of its own). The target is then
    /// taken: a later file of the batch with the same target is refused.
    public mutating func stage(_ file: DocumentFile, for input: InputFile) throws(OutputError) -> AtomicFileWriter.StagedFile {
        let url = folder.appendingPathComponent(file.name)
        let shown = "\(displayPath)/\(file.name)"
        let key = AtomicFileWriter.resolvedPath(url)
        if let first = written[key] { throw .duplicateOutput(path: shown, firstInput: first) }
        let staged = try writer.stage(file.text, to: url, displayPath: shown)
        written[key] = input.displayPath
        return staged
    }
}
