import PerfusioCore

/// What `perfusio validate` checks: the reader's findings (for XML these include the XSD, run inside the reader)
/// plus the record-consistency checks of PerfusioCore, in source order.
///
/// ```swift
/// let report = Validation.check(loader.load(input))
/// ```
public enum Validation {
    /// Every diagnostic about one loaded input, sorted: file-level ones first, then by line and column, the
    /// order of equal places kept.
    public static func check(_ loaded: LoadedRecord) -> FileDiagnostics {
        check(loaded, consistency: loaded.record.map { consistencyDiagnostics($0, file: loaded.displayPath) } ?? [])
    }

    /// As ``check(_:)``, with the record-consistency findings already computed (a caller that also lists them
    /// runs the checks once).
    static func check(_ loaded: LoadedRecord, consistency: [Diagnostic]) -> FileDiagnostics {
        FileDiagnostics(file: loaded.displayPath, diagnostics: sorted(loaded.diagnostics + consistency))
    }

    /// The record-consistency checks over a read record (timeline order, ACT before bypass, …).
    static func consistencyDiagnostics(_ record: PerfusionCase, file: String) -> [Diagnostic] {
        RecordConsistency.check(record)
    }

    /// `diagnostics` in source order, stable for equal places; those with no location first.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let left = (a.element.location?.line ?? 0, a.element.location?.column ?? 0, a.offset)
            let right = (b.element.location?.line ?? 0, b.element.location?.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }
}
