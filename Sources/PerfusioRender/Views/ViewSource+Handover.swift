import PerfusioCore

extension ViewSource {
    /// Procedure, CPB and cross-clamp (or ECMO run) time in one line.
    var handoverSummary: String {
        let f = figures
        return [record.header.procedure ?? record.header.kind.displayName,
                f.bypassMinutes.map { "CPB \(DurationText.minutes($0))" },
                f.crossClampMinutes.flatMap { $0 > 0 ? "cross-clamp \(DurationText.minutes($0))" : nil },
                f.ecmoMinutes.map { "ECMO \(DurationText.minutes($0))" }].compactMap { $0 }.joined(separator: " · ")
    }

    var procedureSection: ValueSection? {
        let h = record.header
        return section("Procedure", [
            row("Kind", h.kind.displayName + (h.mode.map { " (\($0))" } ?? "")),
            row("Indication", h.indication), row("Date", h.date.description), row("Location", h.location),
        ] + record.team.map { row($0.roleLabel ?? $0.role.displayName, $0.name) })
    }

    /// The course in brief: temperatures, cardioplegia, lowest Hct and DO2i, low MAP, shocks, weaning.
    var courseSentences: [String] {
        let f = figures
        var out: [String] = []
        if let t = f.lowestTemperature {
            out.append("Lowest temperature \(t.formatted)" + (t.parameter.map { " (\($0.displayName))" } ?? "") + " at \(time(t.time)).")
        }
        if let cp = cardioplegiaSummary { out.append("Cardioplegia: \(cp).") }
        if let hct = at(f.lowestHaematocrit) { out.append("Lowest Hct \(hct).") }
        if let do2i = at(f.nadirOxygenDeliveryIndex) { out.append("Nadir DO2i \(do2i).") }
        if let map = exposure(f.lowMeanArterialPressure, unit: "mmHg·min"), map != "none" {
            out.append("MAP below \(NumberFormatting.trimmed(f.options.mapThreshold)) mmHg: \(map).")
        }
        let shocks = record.events(.defibrillation)
        if !shocks.isEmpty { out.append("Defibrillation ×\(shocks.count) (\(shocks.map { time($0.time) }.joined(separator: ", "))).") }
        for e in record.events where [.weaningStart, .circuitChange, .weanTrial].contains(e.kind) {
            out.append("\(time(e.time)) \(e.kind.displayName): \(e.text)")
        }
        return out
    }

    static let labParameters: [Parameter] = [.ph, .pco2, .po2, .sao2, .hb, .hct, .potassium, .sodium, .ionisedCalcium,
                                             .glucose, .lactate, .baseExcess, .platelets, .fibrinogen, .antiXa]

    /// The last valid value of each gas and lab parameter (ACT is under anticoagulation), arterial (or unstated)
    /// samples only, with its time; one time in the title when every value comes from the same reading.
    var lastLabsSection: ValueSection? {
        let last = Self.labParameters.compactMap { p -> (Parameter, CaseTime, Quantity)? in
            for r in record.readings.reversed() where r.isArterialOrUnstated {
                if let v = r.values[p], v.isValid, let q = v.quantity { return (p, r.time, q) }
            }
            return nil
        }
        let times = Set(last.map(\.1))
        if times.count == 1, let only = times.first {
            return section("Last gases and labs (\(time(only)))", last.map { row($0.0.displayName, $0.2.description) })
        }
        return section("Last gases and labs", last.map { row($0.0.displayName, "\($0.2.description) at \(time($0.1))") })
    }

    static let rateUnits: Set<ClinicalUnit> = [.microgramsPerKilogramPerMinute, .internationalUnitsPerKilogramPerHour,
                                               .millilitresPerHour, .millilitresPerKilogramPerHour]

    /// Drugs given in the last hour of the record, and every infusion (a dose written as a rate, or an
    /// anticoagulant infusion), in time order.
    var transferDrugLines: [TimedLine] {
        let end = (record.events.map(\.time) + record.readings.map(\.time)).max()
        return record.events.filter { e in
            let isInfusion = e.kind == .anticoagulantInfusion || (e.details.dose.map { Self.rateUnits.contains($0.unit) } ?? false)
            let isRecent = e.kind == .drug && end.map { e.time.minutes(since: $0) >= -60 } == true
            return isInfusion || isRecent
        }.map(drugLine)
    }
}
