import PerfusioCore

/// Excludes every value logged during a recalibration: the first sample after it (CDI `o`) and any sample within
/// `afterSeconds` of that one, while the monitor settles on its new calibration.
public struct RecalibrationCheck: Sendable, Hashable {
    public var afterSeconds: Int

    public init(afterSeconds: Int) { self.afterSeconds = afterSeconds }

    func exclusions(in samples: [PlacedSample]) -> [ValueAddress] {
        let starts = samples.filter { $0.sample.marker == .afterRecalibration }.map(\.time.secondsSinceEpoch)
        guard !starts.isEmpty else { return [] }
        return samples.enumerated().flatMap { i, placed -> [ValueAddress] in
            let t = placed.time.secondsSinceEpoch
            guard starts.contains(where: { t >= $0 && t - $0 <= Int64(afterSeconds) }) else { return [] }
            return placed.sample.values.compactMap { $1.excludedBy == nil && $1.isValid ? ValueAddress(sample: i, parameter: $0) : nil }
        }
    }
}
