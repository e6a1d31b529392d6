import PerfusioCore

/// The shared time axis: maps moments to x and chooses round ticks (clock times, or dates for runs over days).
struct TimeScale: Sendable {
    var start: CaseTime
    var end: CaseTime
    var left: Double
    var width: Double
    /// Tick spacing in seconds.
    var step: Int64

    /// A scale covering `first...last`, widened to whole ticks.
    init(first: CaseTime, last: CaseTime, left: Double, width: Double) {
        let span = max(last.secondsSinceEpoch - first.secondsSinceEpoch, 60)
        let steps: [Int64] = [5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 10080].map { $0 * 60 }
        step = steps.first { span / $0 <= 12 } ?? steps[steps.count - 1]
        let s = first.secondsSinceEpoch, e = last.secondsSinceEpoch
        start = CaseTime(secondsSinceEpoch: Self.floor(s, step))
        let rounded = -Self.floor(-e, step)
        end = CaseTime(secondsSinceEpoch: rounded > start.secondsSinceEpoch ? rounded : start.secondsSinceEpoch + step)
        self.left = left
        self.width = width
    }

    /// Seconds since the chart's start.
    func seconds(_ t: CaseTime) -> Double { Double(t.secondsSinceEpoch - start.secondsSinceEpoch) }

    /// The x of a time in seconds since the start.
    func x(seconds s: Double) -> Double { left + s / Double(end.secondsSinceEpoch - start.secondsSinceEpoch) * width }

    /// The x of a moment.
    func x(_ t: CaseTime) -> Double { x(seconds: seconds(t)) }

    /// True when the chart spans more than a day, so ticks carry dates.
    var spansDays: Bool { end.secondsSinceEpoch - start.secondsSinceEpoch > 86_400 }

    /// The ticks: every step, labelled with the clock time, or with the date at midnight on multi-day charts.
    var ticks: [TimeTick] {
        var ticks: [TimeTick] = []
        var t = start.secondsSinceEpoch
        while t <= end.secondsSinceEpoch {
            let moment = CaseTime(secondsSinceEpoch: t)
            let midnight = moment.timeOfDay.secondsSinceMidnight == 0
            let label = spansDays && midnight ? Self.dayLabel(moment.date) : moment.timeOfDay.description
            ticks.append(TimeTick(x: x(moment), label: label, isMajor: spansDays && midnight))
            t += step
        }
        return ticks
    }

    private static func floor(_ v: Int64, _ step: Int64) -> Int64 { v >= 0 ? v / step * step : (v - step + 1) / step * step }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `3 May`: unambiguous in every locale.
    static func dayLabel(_ d: CaseDate) -> String { "\(d.day) \(months[d.month - 1])" }
}

/// A tick on the time axis.
struct TimeTick: Hashable, Sendable {
    var x: Double
    var label: String
    /// Midnight on a multi-day chart: drawn heavier.
    var isMajor: Bool
}
