/// A moment in a case: a local date and time of day with no time zone, to the second.
///
/// Pump logs are written in the theatre's wall-clock time; a case crossing midnight and an
/// ECMO run over days are ordinary. Arithmetic treats the clock as if it had no daylight-saving jumps.
public struct CaseTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00 on the same floating local clock.
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    /// A moment on `date` at `hour:minute:second`, or nil when the time of day does not exist.
    public init?(date: CaseDate, hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        secondsSinceEpoch = date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// Parses `yyyy-MM-ddTHH:mm[:ss]` or `yyyy-MM-dd HH:mm[:ss]`.
    public init?(iso text: String) {
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, let date = CaseDate(iso: String(parts[0])),
              let clock = TimeOfDay(text: String(parts[1])) else { return nil }
        self.init(date: date, time: clock)
    }

    /// A moment on `date` at a time of day.
    public init(date: CaseDate, time: TimeOfDay) {
        secondsSinceEpoch = date.daysSinceEpoch * 86_400 + Int64(time.secondsSinceMidnight)
    }

    /// The calendar date of this moment.
    public var date: CaseDate {
        CaseDate(daysSinceEpoch: secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400)
    }

    /// The time of day of this moment.
    public var timeOfDay: TimeOfDay {
        let s = Int(((secondsSinceEpoch % 86_400) + 86_400) % 86_400)
        return TimeOfDay(secondsSinceMidnight: s)
    }

    /// `yyyy-MM-ddTHH:mm:ss`, the form the XML record uses.
    public var iso: String { "\(date)T\(timeOfDay.withSeconds)" }

    /// `yyyy-MM-dd HH:mm`, adding `:ss` only when the seconds are not zero.
    public var description: String { "\(date) \(timeOfDay)" }

    /// Minutes from `earlier` to this moment (negative when `earlier` is later).
    public func minutes(since earlier: CaseTime) -> Double { Double(secondsSinceEpoch - earlier.secondsSinceEpoch) / 60 }

    /// This moment moved by `seconds`.
    public func adding(seconds: Int64) -> CaseTime { CaseTime(secondsSinceEpoch: secondsSinceEpoch + seconds) }

    public static func < (a: CaseTime, b: CaseTime) -> Bool { a.secondsSinceEpoch < b.secondsSinceEpoch }
}

/// A wall-clock time with no date (`08:52`, `16:16:40`).
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var secondsSinceMidnight: Int

    public init(secondsSinceMidnight: Int) { self.secondsSinceMidnight = secondsSinceMidnight }

    /// Parses `H:mm`, `HH:mm` or `HH:mm:ss` (also `HH.mm` and `HHmm`, which people write on paper); nil otherwise.
    public init?(text: String) {
        guard let seconds = Self.digitClockSeconds(text) ?? Self.secondsReadGenerally(text) else { return nil }
        secondsSinceMidnight = seconds
    }

    /// ``init(text:)`` for any text: trims spaces, and reads dots, four digits and signs as `Int` does.
    static func secondsReadGenerally(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces)
        var parts = t.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 {
            let dotted = t.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if dotted.count == 2 { parts = dotted } else if t.count == 4, t.allSatisfy(\.isASCII), Int(t) != nil {
                parts = [String(t.prefix(2)), String(t.suffix(2))]
            }
        }
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        var s = 0
        if parts.count == 3 { guard let sec = Int(parts[2]), (0...59).contains(sec) else { return nil }; s = sec }
        return h * 3600 + m * 60 + s
    }

    public var hour: Int { secondsSinceMidnight / 3600 }
    public var minute: Int { secondsSinceMidnight / 60 % 60 }
    public var second: Int { secondsSinceMidnight % 60 }

    /// `HH:mm`, or `HH:mm:ss` when the seconds are not zero.
    public var description: String { second == 0 ? "\(pad(hour, 2)):\(pad(minute, 2))" : withSeconds }
    /// Always `HH:mm:ss`.
    public var withSeconds: String { "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))" }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.secondsSinceMidnight < b.secondsSinceMidnight }
}
