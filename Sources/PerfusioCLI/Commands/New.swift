import ArgumentParser
import Foundation
import Perfusio
import PerfusioCore
import PerfusioMarkdown

/// `perfusio new [--kind cpb|ecmo|…] [--date yyyy-MM-dd]`: prints a blank pump log to fill in.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a blank pump log to fill in, in the conventions of docs/log-format.md.",
        discussion: "Redirect it to a file: perfusio new --kind ecmo > run.md")

    @Option(help: "The kind of case.")
    var kind: CaseKind = .cpb

    @Option(help: ArgumentHelp("The case date, yyyy-MM-dd (default: today).", valueName: "date"))
    var date: String?

    func validate() throws {
        if let date, CaseDate(iso: date) == nil { throw ValidationError("--date must be a date written yyyy-MM-dd.") }
    }

    func run() throws {
        let day = date.flatMap(CaseDate.init(iso:)) ?? Self.today()
        Console.output(LogTemplate.blank(kind: kind, date: day))
    }

    /// Today's date on the local clock.
    static func today() -> CaseDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CaseDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CaseDate(daysSinceEpoch: 0)
    }
}
