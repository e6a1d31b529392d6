import PerfusioCore

/// Reads Terumo CDI 500/550 line output as a serial logger records it.
///
/// Each line is split on tabs by the CSV library (its first field holds the optional logger prefix
/// `[yyyy-MM-dd HH:mm:ss.SSS] `, the line flag — space for a timer sample, `S` store, `o` first sample after a
/// recalibration — and the monitor clock `HH:MM:SS`); the 18 value fields are read as the mapping's columns 2–19 say.
/// Header blocks (a banner, the column names, a stamp-only line) and `Recalibration Adjustment` lines are framing.
struct CDILineReader {
    let mapping: CaptureMapping

    /// Fields on a sample line: the flag-and-clock field and 18 values.
    static let fieldCount = 19

    func read(_ text: String, from file: String) -> Capture {
        var capture = Capture(device: mapping.device, file: file)
        let cells = CellReader(mapping)
        let parser = DeviceTimeParser(format: mapping.time.format)
        let layout = ColumnLayout(time: 0, values: mapping.columns.compactMap { column in
            if case .position(let p) = column.column { return (p - 1, column) }
            return nil
        })
        let rows = RowReader(mapping: mapping, layout: layout, cells: cells, fieldCount: nil)
        for row in DelimitedRows(text, delimiter: mapping.delimiter) {
            let at = SourceLocation(file: file, line: row.line)
            let lead = CDILead(row.fields[0])
            if let kind = framing(row.fields, lead: lead) {
                capture.framingLines.append(FramingLine(line: row.line, kind: kind, loggerTime: lead.loggerTime))
                continue
            }
            guard let flag = lead.flag, let marker = Self.markers[flag], let clock = parser.parse(lead.clock) else {
                capture.diagnostics.append(CaptureDiagnostics.lineUnrecognised(
                    "expected a CDI sample line (flag, HH:MM:SS, 18 tab-separated values), a header or a recalibration line",
                    at: at))
                continue
            }
            if row.fields.count != Self.fieldCount {
                capture.diagnostics.append(CaptureDiagnostics.fieldCount(
                    "expected \(Self.fieldCount) tab-separated fields, found \(row.fields.count)", at: at))
            }
            var sample = CapturedSample(line: row.line, deviceTime: clock.time, loggerTime: lead.loggerTime, marker: marker)
            sample.values = rows.values(row.fields, at: at, into: &capture.diagnostics)
            capture.samples.append(sample)
        }
        if capture.samples.isEmpty {
            capture.diagnostics.append(CaptureDiagnostics.noSamples(
                "no CDI sample line (flag, HH:MM:SS, 18 tab-separated values) was found", at: SourceLocation(file: file, line: 1)))
        }
        return capture
    }

    static let markers: [Character: SampleMarker] = [" ": .timer, "S": .store, "o": .afterRecalibration]

    /// The framing kind of a non-sample line, or nil for a sample (or unrecognised) line.
    private func framing(_ fields: [String], lead: CDILead) -> FramingLine.Kind? {
        let rest = lead.rest.trimmingCharacters(in: .whitespaces)
        if fields.count == 1 {
            if rest.isEmpty { return .blank }
            return rest.lowercased() == "recalibration adjustment" ? .recalibration : nil
        }
        guard rest.isEmpty || rest.lowercased() == "time" else { return nil }
        let words = Set(fields.map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
        return words.contains("ARTERIAL") || words.contains("VENOUS") || words.contains("PH") ? .header : nil
    }
}

/// The first tab-separated field of a CDI line: optional logger prefix, line flag and monitor clock.
struct CDILead {
    /// The logger's stamp, to the nearest second.
    var loggerTime: CaseTime?
    /// The field after the prefix.
    var rest: Substring
    /// The line flag, when the rest is a flag followed by eight clock characters.
    var flag: Character?
    var clock: String

    init(_ field: String) {
        rest = Substring(field)
        if field.hasPrefix("["), let close = field.firstIndex(of: "]") {
            loggerTime = Self.loggerTime(field[field.index(after: field.startIndex)..<close])
            rest = field[field.index(after: close)...]
            if rest.hasPrefix(" ") { rest = rest.dropFirst() }
        }
        let trimmed = rest.hasSuffix("\r") ? rest.dropLast() : rest
        if trimmed.count == 9, let first = trimmed.first {
            flag = first
            clock = String(trimmed.dropFirst())
        } else {
            clock = ""
        }
    }

    /// `yyyy-MM-dd HH:mm:ss.SSS` (or without the milliseconds), rounded to the nearest second.
    static func loggerTime(_ stamp: Substring) -> CaseTime? {
        guard let (date, time) = stampParser.parse(String(stamp.prefix(19))), let date else { return nil }
        var moment = CaseTime(date: date, time: time)
        let fraction = stamp.dropFirst(19)
        if fraction.hasPrefix("."), let first = fraction.dropFirst().first, first.isASCII, first.isNumber, first >= "5" {
            moment = moment.adding(seconds: 1)
        }
        return moment
    }

    private static let stampParser = DeviceTimeParser(format: "yyyy-MM-dd HH:mm:ss")
}
