/// Renders a ``SyntheticCase`` as a pump log in the examples' conventions, leaving out what it is told to.
struct SyntheticLogText {
    let plan: SyntheticCase
    let omitted: Set<SyntheticLog.Omission>

    func render(caseID: String, date: String, patient: (name: String, mrn: String, dob: String)) -> (text: String, mrn: String) {
        var lines = ["---", "record: perfusion-case", "case_id: \(caseID)", "kind: cpb", "date: \(date)",
                     "institution: Synthetic General Hospital", "theatre: OR \(plan.heightCm % 4 + 1)",
                     "procedure: CABG x\(plan.weightKg % 3 + 2)", "urgency: elective", "team:", "  surgeon: A. Surgeon",
                     "  perfusionist: P. Perfusionist CCP", "patient:", "  name: \(patient.name)",
                     "  mrn: \"\(patient.mrn)\"", "  dob: \(patient.dob)"]
        if !omitted.contains(.sex) { lines.append("  sex: \(plan.female ? "female" : "male")") }
        if !omitted.contains(.height) { lines.append("  height: \(plan.heightCm) cm") }
        lines += ["  weight: \(plan.weightKg) kg", "circuit:", "  oxygenator: Capiox FX25", "  arterial_pump: roller",
                  "  arterial_cannula: 22 Fr, ascending aorta", "  venous_cannula: 36/46 Fr two-stage, right atrium",
                  "  cardioplegia: 4:1 blood (Buckberg), antegrade root and retrograde coronary sinus",
                  "  prime:", "    Plasma-Lyte 148: 1200 mL", "    Heparin: 5000 IU"]
        if plan.autologousPrime > 0 { lines.append("  retrograde_autologous_prime: \(plan.autologousPrime) mL") }
        lines += ["---", "", "# Pump log", "", "## Events", ""] + events() + ["", "## Readings", ""] + readings()
        lines += ["", "## Fluids", ""] + fluids() + ["", "## Checklist", ""] + checklist()
        lines += ["", "## Notes", "", "\(patient.name) (MRN \(patient.mrn), born \(patient.dob)) was anxious before induction.",
                  "", "## Handover", "", "\(patient.name.split(separator: " ").last ?? "") to ICU in sinus rhythm.", ""]
        return (lines.joined(separator: "\n"), patient.mrn)
    }

    private func events() -> [String] {
        let p = plan, t = SyntheticCase.clock
        var e = ["- \(t(p.bypassOn - 40)) ACT 130 s (baseline)", "- \(t(p.bypassOn - 30)) Heparin 30000 IU IV",
                 "- \(t(p.bypassOn - 24)) ACT \(520 + p.weightKg) s", "- \(t(p.bypassOn - 10)) Aortic cannulation, 22 Fr",
                 "- \(t(p.bypassOn - 5)) Venous cannulation, 36/46 Fr two-stage", "- \(t(p.bypassOn)) CPB on",
                 "- \(t(p.clampOn)) Cross-clamp on",
                 "- \(t(p.clampOn + 1)) Cardioplegia #1 antegrade, 4:1 blood, 1000 mL at 8 °C"]
        var dose = 2, at = p.clampOn + 20
        while at < p.clampOff - 5 {
            e.append("- \(t(at)) Cardioplegia #\(dose) retrograde, 400 mL")
            dose += 1
            at += 20
        }
        e += ["- \(t(p.clampOff)) Cross-clamp off", "- \(t(p.bypassOff - 6)) Weaning started",
              "- \(t(p.bypassOff)) CPB off", "- \(t(p.bypassOff + 9)) Protamine 300 mg", "- \(t(p.bypassOff + 17)) ACT 132 s"]
        return e
    }

    private func readings() -> [String] {
        let hb = !omitted.contains(.haemoglobin), glucose = !omitted.contains(.glucose)
        var header = "| Time  | Flow L/min | MAP mmHg | T art °C | T naso °C |"
        var rule = "|-------|-----------:|---------:|---------:|----------:|"
        if hb { header += " Hb g/dL |"; rule += "--------:|" }
        header += " Hct % |"; rule += "------:|"
        if glucose { header += " Glucose mg/dL |"; rule += "--------------:|" }
        var rows = [header, rule]
        let p = plan
        var minute = p.bypassOn + 5, step = 0
        while minute < p.bypassOff - 8 {
            let cooling = min(Double(step) * 0.9, 36.5 - p.nadirTemperature)
            let rewarming = minute > p.clampOff - 20 ? Double(minute - (p.clampOff - 20)) * 0.12 : 0
            let tArt = min(36.8, 36.5 - cooling + rewarming), hct = max(19, p.hctStart - min(step, 4) + (step > 8 ? 1 : 0))
            let flow = SyntheticCase.tenths(4.2 + Double(p.weightKg % 10) / 10), map = 52 + (step * 7 + p.heightCm) % 22
            var row = "| \(SyntheticCase.clock(minute)) | \(flow) | \(map) | \(SyntheticCase.tenths(tArt)) | \(SyntheticCase.tenths(tArt + 0.6)) |"
            if hb { row += " \(SyntheticCase.tenths(Double(hct) / 3)) |" }
            row += " \(hct) |"
            if glucose { row += " \(p.glucoseStart + step * 9) |" }
            rows.append(row)
            minute += 15
            step += 1
        }
        return rows
    }

    private func fluids() -> [String] {
        var f = ["- Crystalloid added on CPB: 500 mL Plasma-Lyte 148", "- Urine on CPB: \(plan.weightKg * 4) mL"]
        if plan.ultrafiltration > 0 { f.append("- Ultrafiltration (conventional): \(plan.ultrafiltration) mL") }
        if !omitted.contains(.bloodProducts) {
            if plan.redCellUnits == 0 { f.append("- Blood products: none") }
            if plan.redCellUnits > 0 { f.append("- Packed red cells: \(plan.redCellUnits) units") }
            if plan.plasmaUnits > 0 { f.append("- Fresh frozen plasma: \(plan.plasmaUnits) units") }
        }
        return f
    }

    private func checklist() -> [String] {
        ["- [\(plan.checklistComplete ? "x" : " ")] Pre-bypass safety checklist completed",
         "- [x] Circuit primed, de-aired and pressure-tested", "- [x] ACT above 480 s before CPB"]
    }
}
