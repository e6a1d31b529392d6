import PerfusioCore

/// The artefact rules for captured values, loaded from `schemas/captures/artefacts.yaml`.
///
/// Rules apply in order and the first that matches a value excludes it: the value stays in the record with
/// `excludedBy` set to the rule's id, and derived figures and findings use only valid values. These are technical
/// plausibility limits for device data, chosen from the shared CDI capture (whose real trace they leave untouched);
/// they are not clinical thresholds and DOMAIN.md gives none, so a site tunes them here.
public struct ArtefactRules: Sendable, Hashable {
    public var rules: [ArtefactRule]
    /// How far a typed and a captured value of a parameter may differ (canonical unit) before a warning.
    public var agreement: [Parameter: Double]

    public init(rules: [ArtefactRule], agreement: [Parameter: Double] = [:]) {
        self.rules = rules
        self.agreement = agreement
    }
}

/// One artefact rule: a stable id and the check it runs.
public struct ArtefactRule: Sendable, Hashable {
    /// The id written into `excludedBy` (`spike`, `flat-line`).
    public var id: String
    public var check: ArtefactCheck

    public init(id: String, check: ArtefactCheck) {
        self.id = id
        self.check = check
    }
}

/// The kinds of artefact check; each kind is one type in `Artefacts/`.
public enum ArtefactCheck: Sendable, Hashable {
    /// Values carrying any of these flags (`out-of-range` from `---`, analyser codes for "outside reportable range").
    case flagged(FlaggedValueCheck)
    /// Values outside `Parameter.possibleRange`.
    case impossible(ImpossibleValueCheck)
    /// Every value of the first sample after a recalibration, and of samples within a few seconds after it.
    case recalibration(RecalibrationCheck)
    /// One sample jumping away from two neighbours that agree with each other.
    case spike(SpikeCheck)
    /// A value that does not change at all for too long (a frozen or disconnected sensor).
    case flatLine(FlatLineCheck)

    /// The kind's name in the rules file.
    public var kind: String {
        switch self {
        case .flagged: "flagged"
        case .impossible: "impossible-value"
        case .recalibration: "recalibration"
        case .spike: "spike"
        case .flatLine: "flat-line"
        }
    }

    /// The values of `samples` (in time order) this check excludes, among those no earlier rule excluded.
    func exclusions(in samples: [PlacedSample]) -> [ValueAddress] {
        switch self {
        case .flagged(let c): c.exclusions(in: samples)
        case .impossible(let c): c.exclusions(in: samples)
        case .recalibration(let c): c.exclusions(in: samples)
        case .spike(let c): c.exclusions(in: samples)
        case .flatLine(let c): c.exclusions(in: samples)
        }
    }
}

/// One value of one sample: the sample's index and the parameter.
struct ValueAddress: Hashable {
    var sample: Int
    var parameter: Parameter
}
