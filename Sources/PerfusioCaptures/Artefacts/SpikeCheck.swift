import PerfusioCore

/// Excludes a single sample that jumps away from both neighbours by more than the parameter's threshold while the
/// neighbours agree within half of it, all three within `maxGapSeconds` of each other (same blood category).
public struct SpikeCheck: Sendable, Hashable {
    /// Jump thresholds in each parameter's canonical unit; parameters not listed are not checked.
    public var thresholds: [Parameter: Double]
    public var maxGapSeconds: Int

    public init(thresholds: [Parameter: Double], maxGapSeconds: Int) {
        self.thresholds = thresholds
        self.maxGapSeconds = maxGapSeconds
    }

    func exclusions(in samples: [PlacedSample]) -> [ValueAddress] {
        var out: [ValueAddress] = []
        for (parameter, series) in ValueSeries.all(in: samples) {
            guard let limit = thresholds[parameter] else { continue }
            for points in series.map(\.points) where points.count >= 3 {
                for k in 1..<(points.count - 1) {
                    let (a, b, c) = (points[k - 1], points[k], points[k + 1])
                    guard b.time.secondsSinceEpoch - a.time.secondsSinceEpoch <= Int64(maxGapSeconds),
                          c.time.secondsSinceEpoch - b.time.secondsSinceEpoch <= Int64(maxGapSeconds) else { continue }
                    let up = b.value - a.value, down = b.value - c.value
                    if up * down > 0, abs(up) > limit, abs(down) > limit, abs(a.value - c.value) <= limit / 2 {
                        out.append(ValueAddress(sample: b.index, parameter: parameter))
                    }
                }
            }
        }
        return out
    }
}
