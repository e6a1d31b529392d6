/// Why a logbook row earns no credit under a profile. Every row that does not count says which of these applies.
public enum ExclusionReason: Hashable, Sendable {
    /// The case date is outside the reporting period.
    case outsidePeriod
    /// The case names two primary perfusionists: neither is credited as primary until it is corrected [L1].
    case twoPrimaries
    /// The declared primary was in charge for `percent` % of the case; the profile asks `required` % [L1].
    case underShare(percent: Int, required: Int)
    /// A student observed; the category counts only cases performed [L8].
    case observedNotPerformed
    /// In charge by a relief only, not named in the case's team; credit goes to the team's roles.
    case reliefOnly
    /// A shift of `minutes`, shorter than the `required` minutes for a shift of its kind [L7].
    case shiftTooShort(minutes: Int, required: Int)
    /// The category allows one credit per case and another team member on this case holds it [L1].
    case alreadyCredited(category: String)
    /// The profile has no category for this kind of activity in this role.
    case notInProfile

    /// A stable code for machines (JSON, CSV).
    public var code: String {
        switch self {
        case .outsidePeriod: "outside-period"
        case .twoPrimaries: "two-primaries"
        case .underShare: "under-share"
        case .observedNotPerformed: "observed-not-performed"
        case .reliefOnly: "relief-only"
        case .shiftTooShort: "shift-too-short"
        case .alreadyCredited: "already-credited"
        case .notInProfile: "not-in-profile"
        }
    }

    /// The reason as a person reads it.
    public var text: String {
        switch self {
        case .outsidePeriod: "outside the period"
        case .twoPrimaries: "second primary on the same case (conflict)"
        case .underShare(let percent, let required): "primary for \(percent) % of the case, under \(required) %"
        case .observedNotPerformed: "observed, not performed"
        case .reliefOnly: "in charge by relief only, not in the case team"
        case .shiftTooShort(let minutes, let required): "shift of \(Duration.text(minutes)), under \(Duration.text(required))"
        case .alreadyCredited(let category): "one \(category) credit per case, already given to another team member"
        case .notInProfile: "not a category of this profile"
        }
    }
}

/// Minutes as people read them: `45 min`, `4 h`, `8 h 30 min`.
enum Duration {
    static func text(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        if h == 0 { return "\(m) min" }
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }
}
