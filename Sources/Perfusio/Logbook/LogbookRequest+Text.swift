import Foundation
import PerfusioCore
import PerfusioLogbook

/// The logbook's output formats, named for commands that import only Perfusio.
public typealias LogbookFormat = PerfusioLogbook.LogbookFormat

extension LogbookRequest {
    /// A request from command-line text: `period` as `FROM..TO`, `asOf` as `yyyy-MM-dd` (today when nil).
    /// Check the texts with `isPeriod` and `isDate` first: text that does not parse is taken as left out.
    public init(person: String?, department: Bool, profile: String, periodText: String?, format: LogbookFormat,
                staffFile: URL?, siteKeyFile: URL?, asOfText: String?) {
        self.init(person: person, department: department, profile: profile,
                  period: periodText.flatMap(ReportingPeriod.init(text:)), format: format, staffFile: staffFile,
                  siteKeyFile: siteKeyFile, asOf: asOfText.flatMap(CaseDate.init(iso:)) ?? Self.today)
    }

    /// True when `text` is a period `FROM..TO` with FROM not after TO.
    public static func isPeriod(_ text: String) -> Bool { ReportingPeriod(text: text) != nil }

    /// True when `text` is a date `yyyy-MM-dd`.
    public static func isDate(_ text: String) -> Bool { CaseDate(iso: text) != nil }
}
