import CSV
import Foundation

/// The CSV form of a logbook (RFC 4180: CRLF line ends, fields quoted when needed, UTF-8, one header row), one
/// table that opens as-is in a spreadsheet. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`
/// first) gets a leading `'`.
enum LogbookCSV {
    static let personHeader = ["number", "date", "institution", "activity_kind", "mode", "role", "minutes_in_charge",
                               "share_in_charge", "shift", "age_group", "case_reference", "certified", "categories",
                               "credit", "counts", "reason", "remarks"]
    static let departmentHeader = ["person", "name", "counted", "not_counted", "totals", "met", "verdict", "conflicts",
                                   "months_left"]

    static func person(_ view: PersonLogbookView) throws(LogbookRenderError) -> String {
        try table(personHeader, view.rows.map { r in
            [String(r.number), r.date, r.institution, r.kind, r.mode ?? "", r.role, r.minutesInCharge, r.share, r.shift ?? "",
             r.ageGroup, r.reference, r.certified, r.categories, r.credit, r.counts ? "yes" : "no", r.reason ?? "", r.remarks ?? ""]
        })
    }

    static func department(_ view: DepartmentView) throws(LogbookRenderError) -> String {
        try table(departmentHeader, view.lines.map { l in
            [l.person, l.name, String(l.counted), String(l.notCounted), l.totals, l.isMet ? "yes" : "no", l.verdict,
             String(l.conflicts), view.monthsLeft]
        })
    }

    private static func table(_ header: [String], _ rows: [[String]]) throws(LogbookRenderError) -> String {
        let stream = OutputStream.toMemory()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: header)
            for row in rows { try writer.write(row: row.map(defused)) }
            stream.close()
        } catch {
            throw LogbookRenderError(message: "the logbook could not be written as CSV: \(error)")
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// `text` with a leading `'` when a spreadsheet would take it for a formula.
    static func defused(_ text: String) -> String {
        guard let first = text.first, "=+-@\t\r".contains(first) else { return text }
        return "'" + text
    }
}
