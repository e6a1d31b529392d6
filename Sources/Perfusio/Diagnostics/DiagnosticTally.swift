import PerfusioCore

/// Running counts over a batch's diagnostics, so a command can report a summary and its exit status without
/// keeping every file's diagnostics (memory stays flat however many files a batch has).
///
/// ```swift
/// var tally = DiagnosticTally()
/// tally.add(report)
/// print(tally.summary(records: 3))   // "3 records, 0 errors, 2 warnings"
/// ```
public struct DiagnosticTally: Sendable, Hashable {
    public private(set) var errors = 0
    public private(set) var warnings = 0
    /// `.inputError` once any file had an error.
    public private(set) var status = ExitStatus.success

    public init() {}

    /// Counts one file's diagnostics.
    public mutating func add(_ report: FileDiagnostics) {
        for diagnostic in report.diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: break
            }
        }
        if report.diagnostics.hasErrors { status = max(status, .inputError) }
    }

    /// `3 records, 0 errors, 2 warnings`.
    public func summary(records: Int) -> String {
        [Self.counted(records, "record"), Self.counted(errors, "error"), Self.counted(warnings, "warning")]
            .joined(separator: ", ")
    }

    private static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
