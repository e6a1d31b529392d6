import PerfusioCore

extension RegistryFigures {
    /// The figures of `record`, from its metrics (computed here unless given).
    public init(record: PerfusionCase, metrics: CaseFigures? = nil) {
        let m = metrics ?? CaseFigures(record: record)
        var v: [String: SourceValue] = [:]
        let isBypass = record.header.kind.isBypass
        let p = m.phases
        func minutes(_ value: Int?, _ intervals: [CaseInterval]) -> SourceValue? {
            value.map { SourceValue(.integer($0), at: intervals.first?.startLocation) }
        }
        if isBypass {
            v["cpb_used"] = SourceValue(.flag(!p.bypassRuns.isEmpty), at: p.bypassRuns.first?.startLocation)
            v["cross_clamp_used"] = SourceValue(.flag(!p.crossClamps.isEmpty), at: p.crossClamps.first?.startLocation)
            v["circulatory_arrest_used"] = SourceValue(.flag(!p.circulatoryArrests.isEmpty),
                                                       at: p.circulatoryArrests.first?.startLocation)
            v["cerebral_perfusion_used"] = SourceValue(.flag(!p.cerebralPerfusion.isEmpty),
                                                       at: p.cerebralPerfusion.first?.startLocation)
            v["cardioplegia_used"] = SourceValue(.flag(!m.cardioplegiaDoses.isEmpty), at: m.cardioplegiaDoses.first?.location)
        }
        v["cpb_minutes"] = minutes(m.bypassMinutes, p.bypassRuns)
        v["cross_clamp_minutes"] = minutes(m.crossClampMinutes, p.crossClamps)
        v["circulatory_arrest_minutes"] = minutes(m.circulatoryArrestMinutes, p.circulatoryArrests)
        v["arrest_without_cerebral_perfusion_minutes"] = minutes(m.arrestWithoutCerebralPerfusionMinutes, p.circulatoryArrests)
        v["cerebral_perfusion_minutes"] = minutes(m.cerebralPerfusionMinutes, p.cerebralPerfusion)
        v["ecmo_minutes"] = minutes(m.ecmoMinutes, p.ecmoRuns)
        v["ecmo_mode"] = record.header.kind == .ecmo ? record.header.mode.map { SourceValue(.text($0), at: record.header.origin?.location) } : nil
        v["cardioplegia_delivery"] = Self.delivery(m.cardioplegiaDoses, isBypass: isBypass)
        v["cardioplegia_solution"] = m.cardioplegiaDoses.first.flatMap { d in d.solution.map { SourceValue(.text($0.rawValue), at: d.location) } }
        v["cerebral_perfusion_type"] = Self.cerebralPerfusionType(record)
        v.merge(Self.extremes(record, m), uniquingKeysWith: { a, _ in a })
        v.merge(Self.management(record, m), uniquingKeysWith: { a, _ in a })
        v.merge(Self.series(record, m), uniquingKeysWith: { a, _ in a })
        self.init(values: v)
    }

    static func timed(_ t: TimedValue?) -> SourceValue? {
        t.map { SourceValue(.number($0.value, digits: $0.fractionDigits), at: $0.location) }
    }

    /// Antegrade (ostial and graft count as antegrade), retrograde or both; `none` for a bypass case without doses.
    static func delivery(_ doses: [CardioplegiaDose], isBypass: Bool) -> SourceValue? {
        if doses.isEmpty { return isBypass ? SourceValue(.text("none")) : nil }
        let routes = Set(doses.flatMap(\.routes))
        let antegrade = !routes.isDisjoint(with: [.antegrade, .ostial, .graft]), retrograde = routes.contains(.retrograde)
        let text = antegrade && retrograde ? "both" : antegrade ? "antegrade" : retrograde ? "retrograde" : nil
        return text.map { SourceValue(.text($0), at: doses.first?.location) }
    }

    /// Antegrade, retrograde or both, from the arrest and cerebral perfusion events.
    static func cerebralPerfusionType(_ record: PerfusionCase) -> SourceValue? {
        let events = record.events.filter { [.circulatoryArrestStart, .cerebralPerfusionStart].contains($0.kind) }
        let kinds = Set(events.compactMap(\.details.cerebralPerfusion)).subtracting([.none])
        let text = kinds.contains(.both) || kinds == [.antegrade, .retrograde] ? "both" : kinds.first?.rawValue
        return text.map { SourceValue(.text($0), at: events.first?.origin?.location) }
    }

    static func extremes(_ record: PerfusionCase, _ m: CaseFigures) -> [String: SourceValue] {
        var v: [String: SourceValue] = [:]
        if let low = m.lowestTemperature {
            v["lowest_temperature"] = timed(low)
            v["lowest_temperature_site"] = low.parameter.map { SourceValue(.text($0.rawValue), at: low.location) }
            v["temperature_measured"] = SourceValue(.flag(true), at: low.location)
        } else if !record.readings.isEmpty {
            v["temperature_measured"] = SourceValue(.flag(false))
        }
        v["lowest_hb"] = timed(m.lowestHaemoglobin)
        v["lowest_hct"] = timed(m.lowestHaematocrit)
        v["peak_glucose"] = timed(m.peakGlucose)
        v["nadir_do2i"] = timed(m.nadirOxygenDeliveryIndex)
        v["highest_outlet_temperature"] = timed(ParameterSeries.values(.arterialOutletTemperature, in: record).max { $0.value < $1.value })
        let start = m.phases.bypassRuns.first?.start
        let acts = ParameterSeries.values(.act, in: record).filter { a in start.map { a.time < $0 } ?? false }
        v["act_before_bypass"] = timed(acts.max { $0.value < $1.value })
        v["bsa"] = m.bodySurfaceArea.map { SourceValue(.number($0.squareMetres, digits: 2), at: record.patient.origin?.location) }
        return v
    }
}
