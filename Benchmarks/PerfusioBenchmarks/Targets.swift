/// The targets of issue #6, checked against one run's figures.
struct Targets {
    /// The 40-reading corpus's target rows, each the fastest of three alternating runs (``TargetRuns``): `xmllint`,
    /// `cli-validate`, `cmark`, `cli-report`.
    var main: [String: ResultRow] = [:]
    var coreScaling = 0.0
    /// What the pure-compute control gained from all cores in the same run (the machine's headroom then).
    var machineCoreScaling = 0.0
    var memoryGrowth = 0.0
    var longRecordSeconds = 0.0

    func lines() -> [String] {
        var out = ["== targets (issue #6), this run =="]
        func check(_ label: String, _ value: Double, _ unit: String, _ met: Bool) {
            out.append("\(met ? "met    " : "NOT MET") \(label): \(ResultRow.fixed(value, 2))\(unit)")
        }
        if let validate = main["cli-validate"], let xmllint = main["xmllint"] {
            check("perfusio validate (XML) ≥ 0.5× xmllint --schema", validate.ratio(to: xmllint), "×", validate.ratio(to: xmllint) >= 0.5)
        }
        if let report = main["cli-report"], let cmark = main["cmark"] {
            check("perfusio report (Markdown → HTML with chart) ≥ 0.25× cmark-gfm", report.ratio(to: cmark), "×", report.ratio(to: cmark) >= 0.25)
            check("perfusio report ≥ 200 records/s (40-reading logs)", report.recordsPerSecond, " records/s", report.recordsPerSecond >= 200)
        }
        check("all cores ≥ 1.7× one core (perfusio report; the pure-compute control got "
              + ResultRow.fixed(machineCoreScaling, 2) + "× then)", coreScaling, "×", coreScaling >= 1.7)
        check("peak memory, large batch ≤ 1.5× the 100-record batch", memoryGrowth, "×", memoryGrowth <= 1.5)
        check("28,800-reading record, full pipeline < 1 s", longRecordSeconds, " s", longRecordSeconds < 1)
        return out
    }
}
