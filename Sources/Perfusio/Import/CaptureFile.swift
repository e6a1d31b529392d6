import Foundation
import PerfusioCore

/// Reads a capture, mapping or rules file into bytes, or says why not (`input.missing`, `input.unreadable`,
/// `input.too-large`), without ever putting the file's content in a message.
enum CaptureFile {
    static func bytes(_ url: URL, maximumBytes: Int) -> Result<[UInt8], CaptureFileProblem> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            return .failure(CaptureFileProblem(InputDiagnostics.missing("no such file")))
        }
        if isFolder.boolValue { return .failure(CaptureFileProblem(InputDiagnostics.unreadable("a folder, not a file"))) }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumBytes {
            return .failure(CaptureFileProblem(InputDiagnostics.tooLarge("the file is \(size) bytes; the cap is \(maximumBytes) bytes (--max-size)")))
        }
        guard let data = try? Data(contentsOf: url) else {
            return .failure(CaptureFileProblem(InputDiagnostics.unreadable("cannot read the file")))
        }
        return .success(Array(data))
    }

    /// The file as UTF-8 text.
    static func text(_ url: URL, maximumBytes: Int) -> Result<String, CaptureFileProblem> {
        bytes(url, maximumBytes: maximumBytes).flatMap { bytes in
            String(bytes: bytes, encoding: .utf8).map { .success($0) }
                ?? .failure(CaptureFileProblem(InputDiagnostics.unreadable("the file is not UTF-8 text")))
        }
    }
}

/// A file-level problem reading an import input.
struct CaptureFileProblem: Error {
    let diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
