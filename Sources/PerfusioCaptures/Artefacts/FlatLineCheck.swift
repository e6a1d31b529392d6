import PerfusioCore

/// Excludes runs of exactly the same value lasting at least `minSeconds` over at least `minSamples` samples, for
/// parameters that a working sensor never holds that still (pO2 to 1 mmHg, pressures, flow).
public struct FlatLineCheck: Sendable, Hashable {
    public var minSeconds: Int
    public var minSamples: Int
    public var parameters: Set<Parameter>

    public init(minSeconds: Int, minSamples: Int, parameters: Set<Parameter>) {
        self.minSeconds = minSeconds
        self.minSamples = minSamples
        self.parameters = parameters
    }

    func exclusions(in samples: [PlacedSample]) -> [ValueAddress] {
        var out: [ValueAddress] = []
        for (parameter, series) in ValueSeries.all(in: samples) where parameters.contains(parameter) {
            for points in series.map(\.points) {
                var start = 0
                for k in 1...points.count {
                    guard k == points.count || points[k].value != points[start].value else { continue }
                    let run = points[start..<k]
                    let seconds = run.last!.time.secondsSinceEpoch - run.first!.time.secondsSinceEpoch
                    if run.count >= minSamples, seconds >= Int64(minSeconds) {
                        out += run.map { ValueAddress(sample: $0.index, parameter: parameter) }
                    }
                    start = k
                }
            }
        }
        return out
    }
}
