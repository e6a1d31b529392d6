import PerfusioCore

extension ArtefactRules {
    /// Marks artefacts in `samples` (sorted by time here): each excluded value keeps its number and text and gets
    /// `excludedBy` = the id of the first rule that matched it. Values already excluded are left as they are.
    public func apply(to samples: [PlacedSample]) -> [PlacedSample] {
        var sorted = samples.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        for rule in rules {
            for address in rule.check.exclusions(in: sorted) {
                if sorted[address.sample].sample.values[address.parameter]?.excludedBy == nil {
                    sorted[address.sample].sample.values[address.parameter]?.excludedBy = rule.id
                }
            }
        }
        return sorted
    }
}
