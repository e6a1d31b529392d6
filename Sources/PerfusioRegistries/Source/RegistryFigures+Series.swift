import PerfusioCore

extension RegistryFigures {
    /// Figures over one parameter's series: glucose in mmol/L (ANZ quality indicators), arterial pCO2 extremes,
    /// and the first and last Hct on bypass (PERForm).
    static func series(_ record: PerfusionCase, _ m: CaseFigures) -> [String: SourceValue] {
        var v: [String: SourceValue] = [:]
        let glucose = ParameterSeries.values(.glucose, in: record)
        let lowGlucose = glucose.min { $0.value < $1.value }
        v["lowest_glucose"] = timed(lowGlucose)
        v["lowest_glucose_mmol"] = mmol(lowGlucose)
        v["peak_glucose_mmol"] = mmol(m.peakGlucose)
        let pco2 = ParameterSeries.values(.pco2, in: record)
        v["lowest_pco2"] = timed(pco2.min { $0.value < $1.value })
        v["highest_pco2"] = timed(pco2.max { $0.value < $1.value })
        let onBypass = ParameterSeries.values(.hct, in: record).filter { m.phases.bypassRuns.containsTime($0.time) }
        v["first_hct_on_cpb"] = timed(onBypass.first)
        v["last_hct_on_cpb"] = timed(onBypass.last)
        return v
    }

    /// A glucose in mmol/L (mg/dL ÷ 18.016; molar mass 180.16 g/mol, DOMAIN.md §1.8), one decimal.
    static func mmol(_ t: TimedValue?) -> SourceValue? {
        guard let t, let q = try? Quantity(t.value, .milligramsPerDecilitre).converted(to: .millimolesPerLitre, substance: .glucose)
        else { return nil }
        return SourceValue(.number(q.value, digits: 1), at: t.location)
    }
}
