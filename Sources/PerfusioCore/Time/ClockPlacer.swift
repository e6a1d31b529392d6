/// Places times of day written without a date onto a case's calendar, crossing midnight as a log does.
///
/// A time more than `rolloverThreshold` earlier than the previous one is taken to be on the next day
/// (a CPB case from 22:40 to 01:15); a smaller step back is kept on the same day and left for the
/// timeline checks to report as out of order.
public struct ClockPlacer: Sendable {
    /// The current day.
    public private(set) var day: CaseDate
    private var last: TimeOfDay?
    /// How far back a time may step before it counts as the next day (default 12 hours).
    public var rolloverThreshold: Int

    public init(startingOn day: CaseDate, rolloverThresholdSeconds: Int = 12 * 3600) {
        self.day = day
        self.rolloverThreshold = rolloverThresholdSeconds
    }

    /// The full moment for `time`, advancing the day when the clock has wrapped past midnight.
    public mutating func place(_ time: TimeOfDay) -> CaseTime {
        if let last, last.secondsSinceMidnight - time.secondsSinceMidnight > rolloverThreshold { day = day.nextDay }
        last = time
        return CaseTime(date: day, time: time)
    }

    /// Records a full date-time written explicitly, so later bare times continue from its day.
    public mutating func observe(_ moment: CaseTime) {
        day = moment.date
        last = moment.timeOfDay
    }
}
