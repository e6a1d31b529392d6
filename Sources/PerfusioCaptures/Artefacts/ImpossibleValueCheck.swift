import PerfusioCore

/// Excludes values outside what is physically possible for the parameter (`Parameter.possibleRange`, canonical unit).
public struct ImpossibleValueCheck: Sendable, Hashable {
    public init() {}

    func exclusions(in samples: [PlacedSample]) -> [ValueAddress] {
        samples.enumerated().flatMap { i, placed in
            placed.sample.values.keys.compactMap { parameter in
                guard let v = placed.canonical(parameter), !parameter.possibleRange.contains(v) else { return nil }
                return ValueAddress(sample: i, parameter: parameter)
            }
        }
    }
}
