import PerfusioCore

/// A blank pump log to fill in (`perfusio new`), in the documented conventions; it reads without diagnostics.
public enum LogTemplate {
    /// The blank log for `kind`, dated `date` (the case's first day; bare times are placed from it).
    ///
    /// ```swift
    /// print(LogTemplate.blank(kind: .ecmo, date: today))
    /// ```
    public static func blank(kind: CaseKind, date: CaseDate = CaseDate(year: 2026, month: 1, day: 1)!) -> String {
        let isECMO = kind == .ecmo
        var lines = [
            "---",
            "record: perfusion-case",
            "case_id: NEW-CASE",
            "kind: \(kind.rawValue)",
        ]
        if isECMO { lines.append("mode: VA") }
        lines += ["date: \(date)", "institution:", isECMO ? "location:" : "theatre:"]
        lines += isECMO ? ["indication:"] : ["procedure:", "urgency: elective"]
        lines += ["team:"] + (isECMO ? ["  ecmo_specialist:", "  intensivist:"] : ["  surgeon:", "  anaesthetist:", "  perfusionist:"])
        lines += ["patient:", "  name:", "  mrn:", "  dob:", "  sex:", "  height:", "  weight:", "  blood_group:", "  allergies: []"]
        lines += ["circuit:"] + (isECMO ? ["  system:", "  oxygenator:"] : ["  oxygenator:", "  arterial_pump:"])
        lines += ["  arterial_cannula:", "  venous_cannula:"] + (isECMO ? [] : ["  cardioplegia:"]) + ["  prime:"]
        lines += [
            "# Events: one line each, \"- HH:MM what happened\" (\"- 08:52 CPB on\"); \"yyyy-MM-dd HH:MM\" for runs over days.",
            "# Readings: one table row per time; units after the column name (\"Flow L/min\"). Fluids: \"- Urine: 380 mL\".",
            "# See docs/log-format.md for every phrase, column and unit Perfusio understands.",
            "---",
            "",
            "# \(isECMO ? "ECMO run log" : "Pump log")",
            "",
            "## Events",
            "",
            "## Readings",
            "",
            isECMO ? "| Date time | Flow L/min | RPM | Sweep L/min | FdO2 % | MAP mmHg | P pre-oxy mmHg | P post-oxy mmHg | pH | pCO2 mmHg | pO2 mmHg | Hb g/dL | Lactate mmol/L |"
                : "| Time | Flow L/min | MAP mmHg | CVP mmHg | T art °C | T naso °C | FiO2 % | Sweep L/min | pH | pCO2 mmHg | pO2 mmHg | SaO2 % | SvO2 % | Hb g/dL | Hct % | K mmol/L | Glucose mmol/L | Lactate mmol/L | ACT s |",
            isECMO ? "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
                : "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            "",
            "## Fluids",
            "",
            "## Checklist",
            "",
        ]
        lines += checklist(kind).map { "- [ ] " + $0 }
        lines += ["", "## Notes", "", "## Handover", ""]
        return lines.joined(separator: "\n")
    }

    private static func checklist(_ kind: CaseKind) -> [String] {
        kind == .ecmo
            ? ["Circuit primed, de-aired and checked", "Emergency equipment and hand crank at the bedside",
               "Anticoagulation target agreed"]
            : ["Pre-bypass safety checklist completed", "Circuit primed, de-aired and pressure-tested",
               "Level and bubble detectors on and tested", "ACT above 480 s before CPB"]
    }
}
