import Foundation
import PerfusioCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one input file through the format table. Never throws for bad content: a missing, unreadable or
/// oversized file, or one of no known format, becomes a diagnostic on a `LoadedRecord` with no record.
///
/// The size cap (`maximumBytes`, 64 MiB by default) is checked before reading: an eight-hour case at one reading a
/// second is about 3 MB of Markdown and more as XML, so the default admits any real record while keeping a
/// pathological file away from the parsers.
///
/// ```swift
/// let loader = RecordLoader(formats: .standard(schemas: schemas))
/// let loaded = loader.load(InputFile(url: url, displayPath: "adult.md", relativePath: "adult.md"))
/// ```
public struct RecordLoader: Sendable {
    /// The default size cap: 64 MiB.
    public static let defaultMaximumBytes = 64 * 1024 * 1024

    public var formats: FormatTable
    /// Files larger than this are refused with `input.too-large`.
    public var maximumBytes: Int

    public init(formats: FormatTable, maximumBytes: Int = RecordLoader.defaultMaximumBytes) {
        self.formats = formats
        self.maximumBytes = maximumBytes
    }

    /// Loads the file at `url`, naming it `displayPath` (its path when nil) in diagnostics.
    public func load(_ url: URL, displayPath: String? = nil) -> LoadedRecord {
        load(InputFile(url: url, displayPath: displayPath ?? url.path, relativePath: url.lastPathComponent))
    }

    /// Loads one collected input.
    public func load(_ input: InputFile) -> LoadedRecord {
        if let problem = input.problem { return failed(input, problem) }
        let bytes: [UInt8]
        do { bytes = try readBytes(input) } catch { return failed(input, error.diagnostic) }
        guard let format = RecordFormat.detect(path: input.url, bytes: bytes) else {
            return failed(input, InputDiagnostics.unknownFormat(
                "cannot tell the format: expected a .md, .markdown or .xml file, or content starting with '---' or '<'"))
        }
        guard let reader = formats.reader(for: format) else {
            let reason = formats.unavailable[format] ?? "this build has none"
            return failed(input, InputDiagnostics.noReader("cannot read \(format.rawValue): \(reason)"), format: format)
        }
        return LoadedRecord(input: input, format: format, result: reader.read(bytes, from: input.displayPath))
    }

    /// The file's bytes, read through one descriptor: `fstat` on it tells a folder and the size (Foundation's
    /// `attributesOfItem` also looked up the owner's and group's names, reading /etc/passwd and /etc/group for
    /// every input).
    private func readBytes(_ input: InputFile) throws(LoadFailure) -> [UInt8] {
        let descriptor = open(input.url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw LoadFailure(InputDiagnostics.missing("no such file")) }
            throw LoadFailure(InputDiagnostics.unreadable("cannot open: \(String(cString: strerror(errno)))"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw LoadFailure(InputDiagnostics.unreadable("cannot open: \(String(cString: strerror(errno)))"))
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw LoadFailure(InputDiagnostics.unreadable("a folder, not a file"))
        }
        let size = Int(status.st_size)
        if size > maximumBytes {
            throw LoadFailure(InputDiagnostics.tooLarge(
                "the file is \(size) bytes; the cap is \(maximumBytes) bytes (--max-size)"))
        }
        // The size is a hint (a pipe has none, a file may grow): read until the end, within the cap.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + 1)
        var chunk = [UInt8](repeating: 0, count: max(1 << 12, min(size + 1, 1 << 16)))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            guard count > 0 else {
                if errno == EINTR { continue }
                throw LoadFailure(InputDiagnostics.unreadable("cannot read: \(String(cString: strerror(errno)))"))
            }
            bytes += chunk[..<count]
            if bytes.count > maximumBytes {
                throw LoadFailure(InputDiagnostics.tooLarge("the file is over the cap of \(maximumBytes) bytes (--max-size)"))
            }
        }
    }

    private func failed(_ input: InputFile, _ diagnostic: Diagnostic, format: RecordFormat? = nil) -> LoadedRecord {
        LoadedRecord(input: input, format: format, result: ReadResult(record: nil, diagnostics: [diagnostic]))
    }
}

/// A file-level problem met while reading bytes, carried out of `readBytes` as its diagnostic.
private struct LoadFailure: Error {
    let diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
