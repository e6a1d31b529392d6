import PerfusioCore

/// A captured sample placed on the wall clock: its case time after the clock offset and midnight placement.
public struct PlacedSample: Hashable, Sendable {
    public var sample: CapturedSample
    /// The wall-clock moment of the sample.
    public var time: CaseTime

    public init(sample: CapturedSample, time: CaseTime) {
        self.sample = sample
        self.time = time
    }

    /// The sample's blood category for series checks: arterial (or unstated), venous, mixed venous.
    var series: SampleType { sample.sampleType.bloodCategory }

    /// The valid value of `parameter` in its canonical unit, if any.
    func canonical(_ parameter: Parameter) -> Double? {
        guard let v = sample.values[parameter], v.isValid, let q = v.quantity else { return nil }
        return q.value(in: parameter.canonicalUnit, substance: parameter.substance)
    }
}

/// The valid values of one parameter in one blood category, in time order, with the sample each came from.
struct ValueSeries {
    var points: [(index: Int, time: CaseTime, value: Double)]

    /// Every non-empty series of valid values in `samples`, by parameter and blood category.
    static func all(in samples: [PlacedSample]) -> [Parameter: [ValueSeries]] {
        var grouped: [Parameter: [SampleType: [(Int, CaseTime, Double)]]] = [:]
        for (i, placed) in samples.enumerated() {
            for parameter in placed.sample.values.keys {
                guard let v = placed.canonical(parameter) else { continue }
                grouped[parameter, default: [:]][placed.series, default: []].append((i, placed.time, v))
            }
        }
        return grouped.mapValues { byType in
            byType.keys.sorted { $0.rawValue < $1.rawValue }.map { ValueSeries(points: byType[$0]!.map { ($0.0, $0.1, $0.2) }) }
        }
    }
}

extension Optional where Wrapped == SampleType {
    /// The category values compare within: arterial (or unstated), venous, mixed venous, capillary.
    var bloodCategory: SampleType {
        switch self {
        case .venous?, .mixedVenous?, .capillary?: self!
        default: .arterial
        }
    }
}
