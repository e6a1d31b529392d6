import PerfusioCore

/// How far a device's clock is ahead of the wall clock (device minus wall, in seconds), and how that was found.
///
/// Always reported with an import: a captured sample's wall time is its device time minus this offset.
public struct ClockOffset: Hashable, Sendable {
    /// How the offset was found.
    public enum Source: Hashable, Sendable {
        /// Given by the user (`--clock-offset`).
        case given
        /// From a PC logger's time stamps on each line: the median of device minus logger, and its range.
        case loggerStamps(range: ClosedRange<Int>, samples: Int)
        /// By matching the device's store (or analysis) events to typed blood-gas times.
        case matchedEvents(matched: Int, events: Int)
        /// Nothing to estimate from: 0 s assumed.
        case assumed
    }

    public var seconds: Int
    public var source: Source

    public init(seconds: Int, source: Source) {
        self.seconds = seconds
        self.source = source
    }

    /// A word for the source, as the JSON summary writes it.
    public var sourceName: String {
        switch source {
        case .given: "given"
        case .loggerStamps: "logger-stamps"
        case .matchedEvents: "matched-events"
        case .assumed: "assumed"
        }
    }

    /// `+1186 s (estimated from the logger time stamps: 1180 to 1187 s over 3245 samples)`.
    public var description: String {
        let value = (seconds >= 0 ? "+" : "") + "\(seconds) s"
        switch source {
        case .given: return "\(value) (given)"
        case .loggerStamps(let range, let n):
            return "\(value) (estimated from the logger time stamps: \(range.lowerBound) to \(range.upperBound) s over \(n) samples)"
        case .matchedEvents(let matched, let events):
            return "\(value) (estimated by matching \(matched) of \(events) device events to typed blood-gas times)"
        case .assumed: return "\(value) (assumed: nothing to estimate it from)"
        }
    }
}
