import CLibXML2
import PerfusioCore

/// Collects libxml2's structured errors for one parse or one validation, as diagnostics.
///
/// libxml2 reports through C callbacks that cannot capture; the callbacks find this sink through the
/// parser context's `_private` field or the validation context's user pointer.
final class XMLErrorSink {
    let source: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Errors beyond this many are counted, not kept (a file of 28,800 bad readings gives one line of summary).
    let maxDiagnostics: Int
    private(set) var droppedCount = 0
    /// The line of a DOCTYPE the parser met (the parse is stopped there); nil when there was none.
    var doctypeLine: Int?

    init(source: String, maxDiagnostics: Int = 100) {
        self.source = source
        self.maxDiagnostics = maxDiagnostics
    }

    /// Adds a diagnostic unless the cap is reached.
    func add(_ diagnostic: Diagnostic) {
        if diagnostics.count < maxDiagnostics { diagnostics.append(diagnostic) } else { droppedCount += 1 }
    }

    /// The severity libxml2 gave an error.
    static func severity(_ level: xmlErrorLevel) -> Severity {
        level == XML_ERR_WARNING ? .warning : .error
    }

    /// libxml2's message on one line (some span two: "Input is not proper UTF-8 …\nBytes: 0xC3 …"), with the
    /// record namespace left out of names.
    static func message(_ raw: UnsafeMutablePointer<CChar>?) -> String {
        let text = raw.map { String(cString: $0) } ?? "unknown XML error"
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
            .replacingOccurrences(of: "{\(PerfusioFormat.namespace)}", with: "")
    }

    /// This sink as the opaque pointer a C callback receives.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The sink behind an opaque pointer.
    static func from(_ pointer: UnsafeMutableRawPointer) -> XMLErrorSink {
        Unmanaged<XMLErrorSink>.fromOpaque(pointer).takeUnretainedValue()
    }
}
