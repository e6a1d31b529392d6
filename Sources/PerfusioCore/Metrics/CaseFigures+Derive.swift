extension CaseFigures {
    mutating func deriveDurations(_ record: PerfusionCase) {
        let isBypassCase = record.header.kind.isBypass
        let runsComplete = !phases.bypassRuns.isEmpty && phases.bypassRuns.allSatisfy { $0.end != nil }
        bypassMinutes = phases.bypassRuns.totalMinutes
        ecmoMinutes = phases.ecmoRuns.totalMinutes
        crossClampMinutes = phases.crossClamps.isEmpty ? (isBypassCase && runsComplete ? 0 : nil) : phases.crossClamps.totalMinutes
        guard isBypassCase else { return }
        circulatoryArrestMinutes = phases.circulatoryArrests.isEmpty ? 0 : phases.circulatoryArrests.totalMinutes
        cerebralPerfusionMinutes = phases.cerebralPerfusion.isEmpty ? 0 : phases.cerebralPerfusion.totalMinutes
        if let arrest = circulatoryArrestMinutes, phases.circulatoryArrests.allSatisfy({ $0.end != nil }) {
            let overlap = phases.circulatoryArrests.reduce(Int64(0)) { sum, a in
                sum + phases.cerebralPerfusion.reduce(Int64(0)) { $0 + a.overlapSeconds(with: $1) }
            }
            arrestWithoutCerebralPerfusionMinutes = max(0, arrest - Int((Double(overlap) / 60).rounded()))
        }
        if let minutes = bypassMinutes, minutes > 0, let weight = record.patient.weightKilograms, weight > 0 {
            let urine = record.fluids.filter { $0.kind == .urine }.compactMap { $0.volume?.value(in: .millilitres) }
            if !urine.isEmpty { urineOutputRate = urine.reduce(0, +) / weight / (Double(minutes) / 60) }
        }
    }

    mutating func deriveBloodVolume(_ record: PerfusionCase) {
        let patient = record.patient
        guard let weight = patient.weightKilograms else { return }
        estimatedBloodVolume = BloodVolume.millilitresPerKilogram(ageMonths: record.patientAgeMonths, sex: patient.sex)
            .map { $0 * weight }
        if let sex = patient.sex, let height = patient.heightCentimetres, (record.patientAgeYears ?? 18) >= 18 {
            nadlerBloodVolume = BloodVolume.nadler(sex: sex, heightMetres: height / 100, weightKilograms: weight)
        }
        let preHct = patient.preoperative.first { $0.name.lowercased() == "hct" }?.quantity?.value(in: .percent)
        guard let ebv = estimatedBloodVolume, let hct = preHct, !record.circuit.prime.contains(where: \.isBlood) else { return }
        predictedBypassHaematocrit = BloodVolume.predictedBypassHaematocrit(
            bloodVolume: ebv, preoperativeHct: hct, primeVolume: record.circuit.primeVolumeMillilitres,
            autologousPrimeRemoved: record.circuit.autologousPrimeRemoved?.value(in: .millilitres) ?? 0)
    }

    mutating func deriveExtremes(_ record: PerfusionCase, columns: ReadingColumns?) {
        // The series these figures read, taken on all cores at once for a captured record.
        let sites = Parameter.allCases.filter(\.isTemperature)
        let wanted = sites + [.hb, .hct, .glucose, .lactate, .map]
        let taken = ConcurrentMap.map(wanted, concurrently: columns != nil) {
            ParameterSeries.values($0, in: record, columns: columns)
        }
        let series = Dictionary(uniqueKeysWithValues: zip(wanted, taken))
        var bySite: [Parameter: TimedValue] = [:]
        for site in sites {
            if let low = series[site]!.min(by: { $0.value < $1.value }) { bySite[site] = low }
        }
        lowestTemperatureBySite = bySite
        lowestTemperature = bySite.values.min { ($0.value, $0.time) < ($1.value, $1.time) }
        lowestHaemoglobin = series[.hb]!.min { $0.value < $1.value }
        lowestHaematocrit = series[.hct]!.min { $0.value < $1.value }
        peakGlucose = series[.glucose]!.max { $0.value < $1.value }
        peakLactate = series[.lactate]!.max { $0.value < $1.value }
        let map = series[.map]!
        let onBypass = phases.bypassRuns.subtracting(phases.circulatoryArrests)
        if !onBypass.isEmpty, !map.isEmpty {
            lowMeanArterialPressure = ThresholdExposure.measure(map, .below, options.mapThreshold, within: onBypass,
                                                                interpolation: options.interpolation)
        }
    }

    mutating func deriveOxygenFigures(_ record: PerfusionCase) {
        let fullFlow = oxygenDelivery.filter(\.isFullFlow)
        let do2i = fullFlow.compactMap { o in o.deliveryIndex.map {
            TimedValue(time: o.time, value: $0, unit: "mL/min/m²", fractionDigits: 0, location: o.location)
        } }
        nadirOxygenDeliveryIndex = do2i.min { $0.value < $1.value }
        nadirFlowIndex = fullFlow.compactMap { o in o.flowIndex.map {
            TimedValue(time: o.time, value: $0, unit: ClinicalUnit.litresPerMinutePerSquareMetre.display, fractionDigits: 2,
                       location: o.location)
        } }.min { $0.value < $1.value }
        if !do2i.isEmpty {
            oxygenDeliveryDeficit = ThresholdExposure.measure(do2i, .below, options.oxygenDeliveryThreshold,
                                                              within: phases.fullFlow, interpolation: options.interpolation)
        }
    }

    mutating func deriveDoses(_ record: PerfusionCase) {
        if !cardioplegiaDoses.isEmpty, cardioplegiaDoses.allSatisfy({ $0.volumeMillilitres != nil }) {
            cardioplegiaVolume = cardioplegiaDoses.compactMap(\.volumeMillilitres).reduce(0, +)
        }
        let boluses = record.events(.heparin).compactMap { e in e.details.dose?.value(in: .internationalUnits).map { (e.time, $0) } }
        guard !boluses.isEmpty else { return }
        heparinTotal = boluses.map(\.1).reduce(0, +)
        let start = [phases.bypassRuns.first?.start, phases.ecmoRuns.first?.start].compactMap { $0 }.min()
        let loading = boluses.filter { bolus in start.map { bolus.0 < $0 } ?? true }.map(\.1)
        if !loading.isEmpty, let weight = record.patient.weightKilograms, weight > 0 {
            heparinLoadingPerKilogram = loading.reduce(0, +) / weight
        }
    }

    mutating func deriveAssumptions(_ record: PerfusionCase) {
        if let bsa = bodySurfaceArea {
            assumptions.append("BSA by \(bsa.formula.displayName) (\(options.bsa.summary)).")
        }
        let assumed = oxygenDelivery.filter(\.saturationAssumed).map { $0.time.timeOfDay.description }
        if !assumed.isEmpty {
            assumptions.append("SaO2 not recorded at \(assumed.joined(separator: ", ")): DO2i computed with SaO2 = 1.00 "
                + "(post-oxygenator blood is near fully saturated).")
        }
    }
}

extension BSASelection {
    /// How the formula was chosen, in words.
    public var summary: String {
        switch self {
        case .fixed(let f): "\(f.displayName) chosen"
        case .byAge(.under18Years): "DuBois at 18 years or older, Haycock below"
        case .byAge(.underOneYearOrTenKilograms): "Haycock below 1 year or 10 kg, DuBois otherwise"
        }
    }
}
