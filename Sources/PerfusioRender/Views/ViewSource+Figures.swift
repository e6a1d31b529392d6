import PerfusioCore

extension ViewSource {
    /// CPB, cross-clamp, arrest and ECMO times in minutes, with the clock times of each run.
    var keyTimesSection: ValueSection? {
        let p = figures.phases, f = figures
        func spans(_ intervals: [CaseInterval]) -> String { intervals.map(span).joined(separator: ", ") }
        func timed(_ minutes: Int?, _ intervals: [CaseInterval]) -> String? {
            guard minutes != nil || !intervals.isEmpty else { return nil }
            let m = minutes.map(DurationText.minutes) ?? "not closed"
            return intervals.isEmpty ? m : "\(m) (\(spans(intervals)))"
        }
        return section("Key times", [
            row("CPB time", timed(f.bypassMinutes, p.bypassRuns)),
            p.bypassRuns.count > 1 ? row("CPB runs", String(p.bypassRuns.count)) : nil,
            row("Cross-clamp time", timed(f.crossClampMinutes, p.crossClamps)),
            row("Circulatory arrest", p.circulatoryArrests.isEmpty ? nil : timed(f.circulatoryArrestMinutes, p.circulatoryArrests)),
            row("Arrest without cerebral perfusion", p.circulatoryArrests.isEmpty ? nil : f.arrestWithoutCerebralPerfusionMinutes.map(DurationText.minutes)),
            row("Cerebral perfusion", p.cerebralPerfusion.isEmpty ? nil : timed(f.cerebralPerfusionMinutes, p.cerebralPerfusion)),
            row("ECMO run", timed(f.ecmoMinutes, p.ecmoRuns)),
        ])
    }

    /// `267 mL/min/m² at 09:35`.
    func at(_ value: TimedValue?) -> String? { value.map { "\($0.formatted) at \(time($0.time))" } }

    func mL(_ value: Double?) -> String? { value.map { "\(NumberFormatting.fixed($0, digits: 0)) mL" } }

    /// The derived figures, each with its unit and, for extremes, the time it stood.
    var figuresSection: ValueSection? {
        let f = figures
        let lowest = f.lowestTemperature.map { t in
            "\(t.formatted)" + (t.parameter.map { " (\($0.displayName))" } ?? "") + " at \(time(t.time))"
        }
        return section("Derived figures", [
            row("Nadir DO2i (full flow)", at(f.nadirOxygenDeliveryIndex)),
            row("Nadir flow index (full flow)", at(f.nadirFlowIndex)),
            row("Lowest temperature", lowest),
            row("Lowest Hct", at(f.lowestHaematocrit)), row("Lowest Hb", at(f.lowestHaemoglobin)),
            row("Peak glucose", at(f.peakGlucose)), row("Peak lactate", at(f.peakLactate)),
            row("MAP below \(NumberFormatting.trimmed(f.options.mapThreshold)) mmHg on CPB", exposure(f.lowMeanArterialPressure, unit: "mmHg·min")),
            row("DO2i below \(NumberFormatting.trimmed(f.options.oxygenDeliveryThreshold)) (full flow)", exposure(f.oxygenDeliveryDeficit, unit: "mL/m²")),
            row("Predicted Hct on CPB", f.predictedBypassHaematocrit.map { "\(NumberFormatting.fixed($0, digits: 1)) %" }),
            row("Estimated blood volume", mL(f.estimatedBloodVolume)),
            row("Blood volume (Nadler)", mL(f.nadlerBloodVolume)),
            row("Urine output on CPB", f.urineOutputRate.map { "\(NumberFormatting.fixed($0, digits: 2)) mL/kg/h" }),
            row("Cardioplegia", cardioplegiaSummary),
        ])
    }

    /// `15 min, 30 mmHg·min`, or `none` when nothing was below.
    func exposure(_ e: ThresholdExposure?, unit: String) -> String? {
        guard let e else { return nil }
        if e.minutes == 0 { return "none" }
        return "\(NumberFormatting.trimmed(e.minutes, maxDigits: 1)) min, \(NumberFormatting.fixed(e.area, digits: 0)) \(unit)"
    }

    /// `4 doses, 2300 mL`.
    var cardioplegiaSummary: String? {
        let doses = figures.cardioplegiaDoses
        guard !doses.isEmpty else { return nil }
        return "\(doses.count) dose\(doses.count == 1 ? "" : "s")" + (mL(figures.cardioplegiaVolume).map { ", \($0)" } ?? "")
    }

    /// Each cardioplegia dose: number, solution, routes, volume and the interval since the one before.
    var cardioplegiaLines: [TimedLine] {
        figures.cardioplegiaDoses.map { d in
            let what = ["#" + (d.number.map(String.init) ?? "?"), d.solution?.rawValue,
                        d.routes.isEmpty ? nil : d.routes.map(\.rawValue).joined(separator: " and ")].compactMap { $0 }
            let detail = [mL(d.volumeMillilitres),
                          d.minutesSincePrevious.map { "\(NumberFormatting.trimmed($0, maxDigits: 0)) min after the previous dose" }]
                .compactMap { $0 }.joined(separator: "; ")
            return TimedLine(time: time(d.time), label: text.inline(what.joined(separator: " ")), detail: text.inline(detail))
        }
    }

    var assumptionLines: [String] { figures.assumptions.map(text.inline) }
}
