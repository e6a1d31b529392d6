import Foundation
import PerfusioCore
import PerfusioLogbook

/// What `perfusio logbook` was asked for.
public struct LogbookRequest: Sendable {
    /// Whose log: a staff id, or a name as written when there is no staff list (nil with `department`).
    public var person: String?
    /// True for the department summary instead of one person's log.
    public var department: Bool
    /// The credential profile's name (`abcp-recertification`), a file in `schemas/credentials/`.
    public var profile: String
    /// The period to count; nil means the profile's period holding the latest case read.
    public var period: ReportingPeriod?
    public var format: LogbookFormat
    /// The staff list (`--staff FILE`).
    public var staffFile: URL?
    /// The site's secret key for case references (`--site-key FILE`); else `PERFUSIO_SITE_KEY`.
    public var siteKeyFile: URL?
    /// The date months left are counted from.
    public var asOf: CaseDate

    /// The profile used when none is named.
    public static let defaultProfile = "abcp-recertification"

    public init(person: String?, department: Bool, profile: String = LogbookRequest.defaultProfile,
                period: ReportingPeriod? = nil, format: LogbookFormat = .html, staffFile: URL? = nil,
                siteKeyFile: URL? = nil, asOf: CaseDate) {
        self.person = person
        self.department = department
        self.profile = profile
        self.period = period
        self.format = format
        self.staffFile = staffFile
        self.siteKeyFile = siteKeyFile
        self.asOf = asOf
    }

    /// Today's date on this machine's clock and time zone.
    public static var today: CaseDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CaseDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? CaseDate(year: 2000, month: 1, day: 1)!
    }
}

/// What a logbook run produced: the rendered text (nil when it could not be made), every diagnostic by file,
/// and the exit status earned.
public struct LogbookResult: Sendable {
    public var text: String?
    public var diagnostics: [FileDiagnostics]
    public var status: ExitStatus
}

/// A logbook could not start: an unknown profile name, a missing templates folder. Exit status 2.
public struct LogbookSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
