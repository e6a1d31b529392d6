import PerfusioCore

/// Adds captured samples to a record as readings of origin `captured` (device, file, line), never changing a typed
/// value: clock offset, placement on the case's dates, artefact rules, and a warning where a typed and a captured
/// value of the same parameter within a minute disagree by more than the rules' agreement limit.
///
/// ```swift
/// let merged = CaptureMerger(rules: rules).merge([cdi, abl], into: record)
/// print(merged.summaries.map(\.clockOffset.description))
/// ```
public struct CaptureMerger: Sendable {
    public var rules: ArtefactRules
    public var estimator: ClockOffsetEstimator

    public init(rules: ArtefactRules, estimator: ClockOffsetEstimator = ClockOffsetEstimator()) {
        self.rules = rules
        self.estimator = estimator
    }

    /// The merged record, one summary per capture, and what was noticed.
    public struct Result: Sendable {
        public var record: PerfusionCase
        public var summaries: [ImportSummary]
        public var diagnostics: [Diagnostic]
    }

    /// Merges `captures` into `record`; `clockOffset` (device minus wall, seconds) is used for every capture when given.
    public func merge(_ captures: [Capture], into record: PerfusionCase, clockOffset: Int? = nil) -> Result {
        var result = Result(record: record, summaries: [], diagnostics: [])
        let typed = record.readings.filter { $0.origin?.kind != .captured }
        var added: [Reading] = []
        for capture in captures {
            let offset = offset(for: capture, given: clockOffset, typed: typed, into: &result.diagnostics)
            let placed = rules.apply(to: place(capture.samples, offset: offset.seconds, record: record))
            let readings = placed.map { reading(from: $0, of: capture) }
            result.diagnostics += DisagreementFinder(limits: rules.agreement).warnings(typed: typed, captured: readings)
            result.summaries.append(ImportSummary(device: capture.device, placed: placed, offset: offset))
            added += readings
        }
        result.record.readings = Self.inTimeOrder(record.readings, added)
        return result
    }

    private func offset(for capture: Capture, given: Int?, typed: [Reading], into diagnostics: inout [Diagnostic]) -> ClockOffset {
        let at = SourceLocation(file: capture.file, line: 1)
        let bloodGasTimes = typed.filter { r in [.ph, .pco2, .po2].contains { r.values[$0] != nil } }.map(\.time.timeOfDay)
        let found = given.map { ClockOffset(seconds: $0, source: .given) }
            ?? estimator.fromLoggerStamps(capture.samples)
            ?? estimator.fromEvents(capture.samples, typedTimes: bloodGasTimes)
        guard let found else {
            let assumed = ClockOffset(seconds: 0, source: .assumed)
            if capture.samples.contains(where: { $0.deviceDate == nil }) {
                diagnostics.append(CaptureDiagnostics.clockUnknown(
                    "\(capture.device) clock offset: no logger stamps or matching store events to estimate it from; 0 s assumed "
                    + "(give --clock-offset)", at: at))
            } else {
                diagnostics.append(CaptureDiagnostics.clockOffset(
                    "\(capture.device) clock minus wall clock: \(assumed.description); give --clock-offset if its clock was off", at: at))
            }
            return assumed
        }
        diagnostics.append(CaptureDiagnostics.clockOffset("\(capture.device) clock minus wall clock: \(found.description)", at: at))
        return found
    }

    /// Device times moved to the wall clock; bare times placed on the case's dates from its first typed moment.
    private func place(_ samples: [CapturedSample], offset: Int, record: PerfusionCase) -> [PlacedSample] {
        var placer = ClockPlacer(startingOn: record.header.date)
        if let start = (record.events.map(\.time) + record.readings.map(\.time)).min(), start.date == record.header.date {
            placer.observe(start)
        }
        return samples.map { sample in
            if let moment = sample.deviceMoment { return PlacedSample(sample: sample, time: moment.adding(seconds: Int64(-offset))) }
            let wall = ((sample.deviceTime.secondsSinceMidnight - offset) % 86_400 + 86_400) % 86_400
            return PlacedSample(sample: sample, time: placer.place(TimeOfDay(secondsSinceMidnight: wall)))
        }
    }

    private func reading(from placed: PlacedSample, of capture: Capture) -> Reading {
        Reading(time: placed.time, values: placed.sample.values, sample: placed.sample.sampleType,
                origin: Origin(.captured, at: SourceLocation(file: capture.file, line: placed.sample.line), device: capture.device))
    }

    /// The record's readings and the added ones in time order; at equal times the record's come first, unchanged.
    static func inTimeOrder(_ existing: [Reading], _ added: [Reading]) -> [Reading] {
        (existing + added).enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }
}
