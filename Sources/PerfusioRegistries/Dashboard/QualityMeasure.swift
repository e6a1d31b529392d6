/// A perfusion quality measure of the dashboard (DOMAIN.md §6): the share of CPB cases that meet it.
///
/// Each measure reads one registry figure; a case without that figure is left out of the measure's denominator,
/// except where absence itself fails the measure (no checklist, no ACT before bypass).
public enum QualityMeasure: String, Sendable, CaseIterable {
    /// Pre-bypass safety checklist completed; absent counts as not completed (AmSECT standard 4, DOMAIN.md §2.1).
    case checklistCompleted = "checklist"
    /// Nadir DO2i on full-flow bypass ≥ 272 mL/min/m² (RANUCCI-2005, DOMAIN.md §2.2).
    case oxygenDelivery = "do2i"
    /// Lowest Hct ≥ 21 % (EACTS-2019 and the 2017 PBM guideline, DOMAIN.md §2.2).
    case haematocrit = "hct"
    /// Peak glucose < 180 mg/dL (Lazar 2009, STS guideline, DOMAIN.md §2.2).
    case glucose
    /// Arterial outlet never above 37.0 °C, compared at 0.1 °C (STS-TEMP-2015 with the ANZ ≤ 37 °C wording, DOMAIN.md §0).
    case outletTemperature = "outlet"
    /// Red cells given on CPB, prime included (PERForm measure, DOMAIN.md §3.2): lower is better.
    case redCells = "rbc"
    /// Ultrafiltration used (PERForm measure, DOMAIN.md §3.2).
    case ultrafiltration = "uf"
    /// Retrograde or venous antegrade autologous priming used (PERForm measure, DOMAIN.md §3.2).
    case autologousPriming = "rap"
    /// ACT ≥ 480 s before bypass (Bull 1975, DOMAIN.md §2.4); no ACT before bypass counts as not met.
    case activatedClotting = "act"

    /// What the measure counts, as a perfusionist reads it.
    public var title: String {
        switch self {
        case .checklistCompleted: "Pre-bypass checklist completed"
        case .oxygenDelivery: "Nadir DO2i ≥ 272 mL/min/m²"
        case .haematocrit: "Lowest Hct ≥ 21 %"
        case .glucose: "Peak glucose < 180 mg/dL"
        case .outletTemperature: "Arterial outlet never > 37 °C"
        case .redCells: "Red cells on CPB"
        case .ultrafiltration: "Ultrafiltration used"
        case .autologousPriming: "Autologous priming (RAP) used"
        case .activatedClotting: "ACT ≥ 480 s before bypass"
        }
    }

    /// Where the measure comes from.
    public var source: String {
        switch self {
        case .checklistCompleted: "AmSECT standard 4 (DOMAIN.md §2.1)"
        case .oxygenDelivery: "Ranucci 2005 (DOMAIN.md §2.2)"
        case .haematocrit: "EACTS 2019; PBM 2017 (DOMAIN.md §2.2)"
        case .glucose: "STS glucose guideline, Lazar 2009 (DOMAIN.md §2.2)"
        case .outletTemperature: "STS/SCA/AmSECT temperature 2015; ANZ QI (DOMAIN.md §2.3)"
        case .redCells, .ultrafiltration, .autologousPriming: "PERForm measures (DOMAIN.md §3.2)"
        case .activatedClotting: "Bull 1975; anticoagulation guideline 2018 (DOMAIN.md §2.4)"
        }
    }

    /// True when the case meets the measure, false when it does not, nil when the record cannot say.
    public func isMet(by figures: RegistryFigures) -> Bool? {
        func number(_ name: String) -> Double? { figures.value(name)?.value.number }
        func flag(_ name: String) -> Bool? {
            if case .flag(let b)? = figures.value(name)?.value { return b }
            return nil
        }
        switch self {
        case .checklistCompleted: return flag("checklist_completed") ?? false
        case .oxygenDelivery: return number("nadir_do2i").map { $0 >= 272 }
        case .haematocrit: return number("lowest_hct").map { $0 >= 21 }
        case .glucose: return number("peak_glucose").map { $0 < 180 }
        case .outletTemperature: return number("highest_outlet_temperature").map { ($0 * 10).rounded() <= 370 }
        case .redCells: return flag("red_cells_on_cpb")
        case .ultrafiltration: return flag("ultrafiltration_used")
        case .autologousPriming: return flag("autologous_priming_used")
        case .activatedClotting: return number("act_before_bypass").map { $0 >= 480 } ?? false
        }
    }
}
