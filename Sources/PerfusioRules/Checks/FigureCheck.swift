import PerfusioCore

/// `kind: figure`: a whole-case figure against a limit.
///
/// ```yaml
/// check: { kind: figure, figure: urine_output_ml_kg_h, below: 0.5 }
/// ```
/// Figures by their `perfusio metrics` JSON names; a figure the record does not give is not checked.
struct FigureCheck: RuleCheck {
    static let placeholders: Set<String> = ["figure"]
    static let figures: [String: (unit: String, digits: Int, read: @Sendable (CaseFigures) -> Double?)] = [
        "urine_output_ml_kg_h": ("mL/kg/h", 2, { $0.urineOutputRate }),
        "cpb_minutes": ("min", 0, { $0.bypassMinutes.map(Double.init) }),
        "cross_clamp_minutes": ("min", 0, { $0.crossClampMinutes.map(Double.init) }),
        "circulatory_arrest_minutes": ("min", 0, { $0.circulatoryArrestMinutes.map(Double.init) }),
        "ecmo_minutes": ("min", 0, { $0.ecmoMinutes.map(Double.init) }),
        "heparin_iu_per_kg": ("IU/kg", 0, { $0.heparinLoadingPerKilogram }),
        "fluid_balance_ml": ("mL", 0, { $0.fluidBalance?.balance }),
    ]
    var figure: String
    var below: Double?
    var above: Double?

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(["kind", "figure", "below", "above"])
        figure = try fields.requiredString("figure")
        guard Self.figures[figure] != nil else {
            throw RuleFileError(RulesDiagnostics.invalidValue("`\(figure)` is not a figure a rule can check; expected one of: "
                + Self.figures.keys.sorted().joined(separator: ", "), at: fields.location(of: "figure")))
        }
        below = try fields.number("below")
        above = try fields.number("above")
    }

    func evaluate(_ context: RuleContext, _ rule: Rule) -> [RuleHit] {
        guard let spec = Self.figures[figure], let value = spec.read(context.figures) else { return [] }
        let crossed = below.flatMap { value < $0 ? $0 : nil } ?? above.flatMap { value > $0 ? $0 : nil }
        guard let limit = crossed else { return [] }
        let text = { (x: Double) in "\(NumberFormatting.trimmed(x, maxDigits: spec.digits)) \(spec.unit)" }
        return [RuleHit(value: text(value), threshold: text(limit), numericValue: value, numericThreshold: limit,
                        location: context.record.header.origin?.location, fields: ["figure": figure])]
    }
}
