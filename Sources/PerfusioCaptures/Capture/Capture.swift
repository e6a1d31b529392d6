import PerfusioCore

/// What a capture reader returns: the samples it could read from one file, and everything it noticed.
///
/// Readers never throw for bad input: an empty, binary or mislabelled file gives no samples and an error.
public struct Capture: Sendable {
    /// The device named by the mapping (`Terumo CDI 500`).
    public var device: String
    /// The file name as the user gave it.
    public var file: String
    /// Samples in file order.
    public var samples: [CapturedSample]
    /// Problems found while reading, with file and line.
    public var diagnostics: [Diagnostic]
    /// Lines that were recognised but are not samples (header blocks, recalibration lines, blank lines).
    public var framingLines: [FramingLine]
    /// Samples left out by the selection (other patients, outside the time window): counted, never described.
    public var unselectedSamples: Int

    public init(device: String, file: String, samples: [CapturedSample] = [], diagnostics: [Diagnostic] = [],
                framingLines: [FramingLine] = [], unselectedSamples: Int = 0) {
        self.device = device
        self.file = file
        self.samples = samples
        self.diagnostics = diagnostics
        self.framingLines = framingLines
        self.unselectedSamples = unselectedSamples
    }
}

/// A line of a capture that is not a sample but was understood.
public struct FramingLine: Hashable, Sendable {
    /// What the line is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A column-header line (the CDI repeats a banner and a names line every 50 samples).
        case header
        /// A `Recalibration Adjustment` line.
        case recalibration
        /// A line holding nothing (or only a logger time stamp).
        case blank
    }

    public var line: Int
    public var kind: Kind
    public var loggerTime: CaseTime?

    public init(line: Int, kind: Kind, loggerTime: CaseTime? = nil) {
        self.line = line
        self.kind = kind
        self.loggerTime = loggerTime
    }
}
