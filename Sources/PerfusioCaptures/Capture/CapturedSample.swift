import PerfusioCore

/// One sample a device recorded: its own clock, the values it reported, and the line it came from.
///
/// The device clock is kept as written; ``CaptureMerger`` moves it onto the wall clock with the clock offset and
/// places bare times of day on the case's dates.
public struct CapturedSample: Hashable, Sendable {
    /// 1-based line of the sample in the capture file.
    public var line: Int
    /// The date on the device's clock, when the device writes one (the ABL does, the CDI does not).
    public var deviceDate: CaseDate?
    /// The time of day on the device's clock.
    public var deviceTime: TimeOfDay
    /// The time a PC logger stamped the line with (`[2026-04-14 15:57:00.175]`), to the second.
    public var loggerTime: CaseTime?
    /// What kind of sample the device says this is.
    public var marker: SampleMarker
    /// The blood sample type, for analysers that record one.
    public var sampleType: SampleType?
    /// Values by parameter, with the text as written and device flags; an absent parameter was blank.
    public var values: [Parameter: ReadingValue]

    public init(line: Int, deviceDate: CaseDate? = nil, deviceTime: TimeOfDay, loggerTime: CaseTime? = nil,
                marker: SampleMarker = .timer, sampleType: SampleType? = nil, values: [Parameter: ReadingValue] = [:]) {
        self.line = line
        self.deviceDate = deviceDate
        self.deviceTime = deviceTime
        self.loggerTime = loggerTime
        self.marker = marker
        self.sampleType = sampleType
        self.values = values
    }

    /// The device's clock as a full moment, when the device wrote a date.
    public var deviceMoment: CaseTime? { deviceDate.map { CaseTime(date: $0, time: deviceTime) } }
}

/// Why a device wrote a sample.
public enum SampleMarker: String, Hashable, Sendable, Codable, CaseIterable {
    /// A periodic sample (CDI line flag space).
    case timer
    /// The user pressed store, usually when drawing a blood gas (CDI `S`).
    case store
    /// The first sample after the monitor was recalibrated against a blood gas (CDI `o`).
    case afterRecalibration = "after-recalibration"
    /// A sample analysed on a blood-gas analyser.
    case analysis

    /// True when the user pressed store, usually as a blood gas was drawn, so a typed blood gas may match it.
    public var isUserEvent: Bool { self == .store }
}
