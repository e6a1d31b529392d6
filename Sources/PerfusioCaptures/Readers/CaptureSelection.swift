import PerfusioCore

/// Which samples of a multi-patient export to keep: one patient's, within a time window.
///
/// The patient id is compared and never stored, logged or echoed in a message.
public struct CaptureSelection: Sendable, Hashable {
    /// The patient id to keep; nil keeps every sample when the export holds only one patient.
    public var patientID: String?
    /// Device times outside this window are left out (samples with a date only; bare times are kept).
    public var window: ClosedRange<CaseTime>?

    public init(patientID: String? = nil, window: ClosedRange<CaseTime>? = nil) {
        self.patientID = patientID
        self.window = window
    }
}

extension CaptureSelection {
    /// The time window of `record`'s case: from the start of its first day to the end of the day after its last timed
    /// event or reading (a case crossing midnight, a sample analysed after the last note).
    public static func caseWindow(of record: PerfusionCase) -> ClosedRange<CaseTime> {
        let start = CaseTime(date: record.header.date, time: TimeOfDay(secondsSinceMidnight: 0))
        let last = (record.events.map(\.time) + record.readings.map(\.time)).max().map(\.date) ?? record.header.date
        let end = CaseTime(date: max(last, record.header.date).nextDay, time: TimeOfDay(secondsSinceMidnight: 86_399))
        return start...end
    }
}
