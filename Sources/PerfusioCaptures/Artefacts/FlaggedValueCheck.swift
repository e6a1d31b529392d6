import PerfusioCore

/// Excludes values carrying a flag that means "outside the device's range": the CDI's `---`, `--`, `-.-`
/// (flag `out-of-range`) and analyser codes such as the ABL's 93/94 ("value above/below the reportable range").
public struct FlaggedValueCheck: Sendable, Hashable {
    public var flags: Set<String>

    public init(flags: Set<String>) { self.flags = flags }

    func exclusions(in samples: [PlacedSample]) -> [ValueAddress] {
        samples.enumerated().flatMap { i, placed in
            placed.sample.values.compactMap { parameter, value in
                value.excludedBy == nil && !flags.isDisjoint(with: value.flags) ? ValueAddress(sample: i, parameter: parameter) : nil
            }
        }
    }
}
