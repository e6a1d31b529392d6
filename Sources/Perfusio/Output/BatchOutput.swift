import Foundation

/// Puts a batch's outputs where they belong: standard output, one file, or files in a folder; atomically, never
/// over an input, and never two inputs into the same file.
///
/// ```swift
/// var output = BatchOutput(destination: .folder(url, displayPath: "out"), fileExtension: "xml",
///                          writer: AtomicFileWriter(protecting: inputs.map(\.url)))
/// if let written = try output.write(xml, for: input) { print("wrote \(written)") }
/// ```
public struct BatchOutput: Sendable {
    public let destination: OutputDestination
    public let fileExtension: String
    public let writer: AtomicFileWriter
    /// Targets written so far (resolved path → the input written there).
    private var written: [String: String] = [:]

    public init(destination: OutputDestination, fileExtension: String, writer: AtomicFileWriter) {
        self.destination = destination
        self.fileExtension = fileExtension
        self.writer = writer
    }

    /// Writes `text`, the output for `input`; returns the path written, or nil when the caller should print the
    /// text on standard output.
    public mutating func write(_ text: String, for input: InputFile) throws(OutputError) -> String? {
        guard let staged = try stage(text, for: input) else { return nil }
        try staged.commit()
        return staged.shown
    }

    /// `text` written to its temporary file beside its target, for ``AtomicFileWriter/StagedFile/commit()`` to
    /// flush and rename into place (a batch leaves that to a thread of its own); nil when the caller should print the
    /// text on standard output. The target is then taken: a later input with the same target is refused.
    public mutating func stage(_ text: String, for input: InputFile) throws(OutputError) -> AtomicFileWriter.StagedFile? {
        guard let target = destination.target(for: input, fileExtension: fileExtension) else { return nil }
        let key = AtomicFileWriter.resolvedPath(target.url)
        if let first = written[key] { throw .duplicateOutput(path: target.displayPath, firstInput: first) }
        let staged = try writer.stage(text, to: target.url, displayPath: target.displayPath)
        written[key] = input.displayPath
        return staged
    }
}
