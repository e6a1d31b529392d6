import PerfusioCore

/// Estimates a device's clock offset (device minus wall clock, seconds).
///
/// From a logger's stamps: the median over samples of monitor clock minus logger stamp (both to the second, taken
/// modulo a day so a capture across midnight still counts). Otherwise by matching events: every pairing of a device
/// store/analysis time with a typed blood-gas time proposes an offset; the one that lines up the most events within
/// `tolerance` seconds wins (at least two events and half of them), refined to the median of the matched differences.
public struct ClockOffsetEstimator: Sendable {
    /// How close a shifted device event must come to a typed blood-gas time to match it.
    public var tolerance: Int
    /// The largest offset considered when matching events.
    public var maximumOffset: Int

    public init(tolerance: Int = 120, maximumOffset: Int = 6 * 3600) {
        self.tolerance = tolerance
        self.maximumOffset = maximumOffset
    }

    /// The offset from logger stamps, or nil when no sample has one.
    public func fromLoggerStamps(_ samples: [CapturedSample]) -> ClockOffset? {
        let differences = samples.compactMap { s in s.loggerTime.map { Self.dayDifference(s.deviceTime, $0.timeOfDay) } }
        guard let median = Self.median(differences), let lo = differences.min(), let hi = differences.max() else { return nil }
        return ClockOffset(seconds: median, source: .loggerStamps(range: lo...hi, samples: differences.count))
    }

    /// The offset that lines the device's user events up with `typedTimes`, or nil when fewer than two match.
    public func fromEvents(_ samples: [CapturedSample], typedTimes: [TimeOfDay]) -> ClockOffset? {
        let events = samples.filter { $0.marker.isUserEvent }.map(\.deviceTime)
        guard events.count >= 2, !typedTimes.isEmpty else { return nil }
        var best: (matched: [Int], residual: Int)?
        for event in events {
            for typed in typedTimes {
                let candidate = Self.dayDifference(event, typed)
                guard abs(candidate) <= maximumOffset else { continue }
                let matched = matches(events, typedTimes, offset: candidate)
                let residual = matched.reduce(0) { $0 + abs($1 - candidate) }
                if matched.count > (best?.matched.count ?? 1) || (matched.count == best?.matched.count && residual < best!.residual) {
                    best = (matched, residual)
                }
            }
        }
        guard let best, best.matched.count * 2 >= events.count, let median = Self.median(best.matched) else { return nil }
        return ClockOffset(seconds: median, source: .matchedEvents(matched: best.matched.count, events: events.count))
    }

    /// For each event that has a typed time within tolerance after shifting by `offset`, its own difference.
    private func matches(_ events: [TimeOfDay], _ typed: [TimeOfDay], offset: Int) -> [Int] {
        events.compactMap { event in
            typed.map { Self.dayDifference(event, $0) }.filter { abs($0 - offset) <= tolerance }
                .min { abs($0 - offset) < abs($1 - offset) }
        }
    }

    /// `a − b` in seconds, taken modulo a day into −12 h ..< +12 h.
    static func dayDifference(_ a: TimeOfDay, _ b: TimeOfDay) -> Int {
        let d = ((a.secondsSinceMidnight - b.secondsSinceMidnight) % 86_400 + 86_400) % 86_400
        return d >= 43_200 ? d - 86_400 : d
    }

    /// The middle value (the lower middle for an even count).
    static func median(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[(values.count - 1) / 2]
    }
}
