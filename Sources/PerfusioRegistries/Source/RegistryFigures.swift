import PerfusioCore

/// The derived figures of one case that profiles read as `figures.<name>`, taken from the metrics in
/// `PerfusioCore/Metrics` (``CaseFigures``). Each name is documented in ``RegistryFigures/names`` and `docs/registries.md`.
public struct RegistryFigures: Sendable {
    /// Figure values by name; a missing name means the record does not allow the figure (never estimated).
    public var values: [String: SourceValue]

    public init(values: [String: SourceValue] = [:]) { self.values = values }

    /// The figure `name`, or nil when absent.
    public func value(_ name: String) -> SourceValue? { values[name] }

    /// Every figure name a profile may use, with what it holds and its unit.
    public static let names: [String: String] = [
        "cpb_used": "yes when the case has a bypass run",
        "cpb_minutes": "total CPB time, min (Σ off − on over runs; DOMAIN.md §1.7)",
        "cross_clamp_used": "yes when the aorta was cross-clamped",
        "cross_clamp_minutes": "total aortic cross-clamp time, min",
        "cardioplegia_used": "yes when cardioplegia was given",
        "cardioplegia_delivery": "antegrade, retrograde or both (ostial and graft count as antegrade)",
        "cardioplegia_solution": "the first dose's solution: blood, del-nido, custodiol, crystalloid, microplegia, other",
        "circulatory_arrest_used": "yes when the case has a circulatory arrest",
        "circulatory_arrest_minutes": "total circulatory arrest time, min, with or without cerebral perfusion (DOMAIN.md §0)",
        "arrest_without_cerebral_perfusion_minutes": "arrest time without cerebral perfusion, min (STS DHCATm)",
        "cerebral_perfusion_used": "yes when cerebral perfusion was used during arrest",
        "cerebral_perfusion_minutes": "cerebral perfusion time, min",
        "cerebral_perfusion_type": "antegrade, retrograde or both",
        "temperature_measured": "yes when any temperature was recorded",
        "lowest_temperature": "lowest temperature over every site, °C (DOMAIN.md §0)",
        "lowest_temperature_site": "the site of the lowest temperature (t_art, t_naso, t_bladder…)",
        "lowest_hb": "lowest Hb, g/dL",
        "lowest_hct": "lowest Hct, %",
        "peak_glucose": "highest glucose, mg/dL",
        "peak_glucose_mmol": "highest glucose, mmol/L (mg/dL ÷ 18.016, DOMAIN.md §1.8)",
        "lowest_glucose": "lowest glucose, mg/dL",
        "lowest_glucose_mmol": "lowest glucose, mmol/L",
        "lowest_pco2": "lowest arterial pCO2, mmHg",
        "highest_pco2": "highest arterial pCO2, mmHg",
        "first_hct_on_cpb": "first Hct on bypass, %",
        "last_hct_on_cpb": "last Hct on bypass, %",
        "nadir_do2i": "nadir DO2i on full-flow bypass, mL/min/m² (RANUCCI-2005)",
        "highest_outlet_temperature": "highest arterial outlet temperature, °C",
        "act_before_bypass": "highest ACT before the first bypass on, s",
        "fluid_balance": "fluid balance on CPB, mL (DOMAIN.md §1.7)",
        "ultrafiltration_used": "yes when any ultrafiltration volume was recorded",
        "ultrafiltration_volume": "ultrafiltrate removed, mL (conventional, zero-balance and modified)",
        "red_cells_on_cpb": "yes when red cells or whole blood were given (prime included)",
        "autologous_priming_used": "yes when autologous priming volume was removed",
        "checklist_completed": "yes when every checklist item is ticked",
        "ecmo_minutes": "total ECMO support time, min",
        "ecmo_mode": "the ECMO mode (VA, VV, VAV)",
        "bsa": "body surface area, m², by the profile's formula (DuBois ≥ 18 y, Haycock below)",
    ]
}
