import PerfusioCore

extension LogReader.Session {
    /// Events: list items (or lines) `HH:MM text` or `yyyy-MM-dd HH:MM text`. Bare times are placed on the
    /// case date, crossing midnight as the clock wraps (``ClockPlacer``).
    mutating func readEvents(_ blocks: [MarkdownBlock]) {
        var placer = ClockPlacer(startingOn: record.header.date)
        for block in blocks {
            if let items = listItems(block) {
                for item in items {
                    guard let paragraph = item.paragraph else {
                        keepUnparsed(body.text(item.span), section: .events, at: body.location(item.span))
                        continue
                    }
                    readEvent(body.text(paragraph), at: paragraph.startLine, column: paragraph.startColumn, placer: &placer)
                    keepRest(of: item, section: .events)
                }
            } else if case .paragraph(let span) = block {
                for (i, line) in body.text(span).split(separator: "\n").enumerated() {
                    readEvent(String(line), at: span.startLine + i, column: i == 0 ? span.startColumn : 1, placer: &placer)
                }
            } else {
                keepUnparsed(body.text(block.span), section: .events, at: body.location(block.span))
            }
        }
    }

    private mutating func readEvent(_ line: String, at lineNumber: Int, column: Int, placer: inout ClockPlacer) {
        let location = body.location(line: lineNumber, byteColumn: column)
        switch LeadingTime(line) {
        case .none:
            keepUnparsed(line, section: .events, at: location,
                         message: "an event line starts with a time (`08:52 CPB on`); this is kept as a note")
        case .invalid(let written):
            keepUnparsed(line, section: .events, at: location, MarkdownDiagnostics.timeInvalid,
                         message: "`\(written)` is not a time; write HH:MM (00:00 to 23:59)")
        case .valid(let date, let clock, let rest):
            let time: CaseTime
            if let date {
                time = CaseTime(date: date, time: clock)
                placer.observe(time)
            } else {
                time = placer.place(clock)
            }
            let (text, marked) = EventClassifier.kindMarker(String(rest.drop { " -–—:".contains($0) }))
            let kind = marked ?? EventClassifier.kind(of: text)
            let details = EventClassifier.details(kind, text: text, circuit: record.circuit)
            record.events.append(CaseEvent(time: time, kind: kind, text: text, details: details, origin: .typed(at: location)))
        }
    }
}

/// The time a line starts with: `08:52`, `2026-05-02 21:52`, or something that tried to be a time (`09:70`).
enum LeadingTime {
    case valid(CaseDate?, TimeOfDay, rest: Substring)
    case invalid(String)
    case none

    init(_ line: String) {
        if let clock = Self.leadingDigitClock(line) {
            self = clock
            return
        }
        let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard let first = words.first else { self = .none; return }
        if first.count == 10, first.filter({ $0 == "-" }).count == 2, first.first?.isNumber == true {
            guard words.count >= 2, let date = CaseDate(iso: String(first)) else {
                self = .invalid(words.prefix(2).joined(separator: " "))
                return
            }
            let clock = words[1]
            guard Self.looksLikeTime(clock) else { self = .invalid(String(first)); return }
            guard let t = TimeOfDay(text: String(clock)) else { self = .invalid("\(first) \(clock)"); return }
            self = .valid(date, t, rest: words.count > 2 ? words[2] : "")
            return
        }
        guard Self.looksLikeTime(first) else { self = .none; return }
        guard let t = TimeOfDay(text: String(first)) else { self = .invalid(String(first)); return }
        let rest = line.drop { $0 == " " }.dropFirst(first.count)
        self = .valid(nil, t, rest: rest)
    }

    /// The reading of a line that starts with a digit clock (`08:52 CPB on`), from its bytes; nil for any other line.
    /// The clock's word ends at an ASCII space not joined to a following mark, so it is the word the split finds.
    private static func leadingDigitClock(_ line: String) -> LeadingTime? {
        let utf8 = line.utf8
        guard let first = utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return nil }
        let end = utf8.firstIndex { !((UInt8(ascii: "0")...UInt8(ascii: ":")).contains($0)) } ?? utf8.endIndex
        if end != utf8.endIndex {
            let after = utf8.index(after: end)
            guard utf8[end] == UInt8(ascii: " "), after == utf8.endIndex || utf8[after] < 0x80 else { return nil }
        }
        let word = String(line[..<end])
        guard TimeOfDay.isDigitClock(word), let clock = TimeOfDay(text: word) else { return nil }
        return .valid(nil, clock, rest: line[end...])
    }

    /// `H:MM`, `HH:MM`, `HH:MM:SS` with any digits (so `09:70` is a bad time, not free text).
    static func looksLikeTime(_ word: Substring) -> Bool {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }
    }
}
