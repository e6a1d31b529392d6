import Foundation
import PerfusioCore

/// Reads a device's time cells with a date pattern (`d.M.yyyy HH:mm`, `yyyy-MM-dd HH:mm:ss`, `HH:mm:ss`).
///
/// Patterns without a day, month and year give bare times of day, placed on the case's dates when merging.
struct DeviceTimeParser {
    private let formatter: DateFormatter
    /// True when the pattern holds a date.
    let hasDate: Bool

    init(format: String) {
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.isLenient = false
        formatter.dateFormat = format
        let letters = Set(format.filter(\.isLetter))
        hasDate = letters.contains("y") && letters.contains("M") && letters.contains("d")
    }

    /// True when `format` is a pattern this parser accepts: it must name at least hours and minutes.
    static func isValid(_ format: String) -> Bool {
        let letters = Set(format.filter(\.isLetter))
        let known: Set<Character> = ["y", "M", "d", "H", "m", "s", "S"]
        return letters.isSubset(of: known) && letters.contains("H") && letters.contains("m")
    }

    /// The date (when the pattern has one) and time of day in `text`, or nil when it does not match.
    func parse(_ text: String) -> (date: CaseDate?, time: TimeOfDay)? {
        guard let date = formatter.date(from: text.trimmingCharacters(in: .whitespaces)) else { return nil }
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let moment = CaseTime(secondsSinceEpoch: seconds)
        return (hasDate ? moment.date : nil, moment.timeOfDay)
    }
}
