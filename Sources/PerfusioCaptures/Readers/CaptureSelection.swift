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
