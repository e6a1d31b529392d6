import PerfusioCore

/// The text of a capture file, refusing empty and binary files with a clear error.
enum CaptureText {
    /// The decoded text, or the error saying why there is none.
    static func decode(_ bytes: [UInt8], as encoding: TextEncoding, file: String) -> Result<String, CaptureRefusal> {
        let at = SourceLocation(file: file, line: 1)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(CaptureRefusal(CaptureDiagnostics.empty("the capture file is empty", at: at)))
        }
        if looksBinary(bytes) {
            return .failure(CaptureRefusal(CaptureDiagnostics.binary("the capture holds binary data, not text", at: at)))
        }
        guard let text = encoding.decode(bytes) else {
            return .failure(CaptureRefusal(CaptureDiagnostics.binary("the capture is not valid \(encoding.rawValue) text", at: at)))
        }
        return .success(text)
    }

    /// True when the first 64 KiB hold a NUL byte or more than 1 % control characters other than tab, CR, LF, FF.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(65_536)
        if head.contains(0) { return true }
        let controls = head.reduce(0) { $0 + ($1 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($1) ? 1 : 0) }
        return controls * 100 > head.count
    }
}

/// Why a capture, mapping or rules file was refused as a whole: the diagnostics saying so.
public struct CaptureRefusal: Error, Sendable, Hashable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
}
