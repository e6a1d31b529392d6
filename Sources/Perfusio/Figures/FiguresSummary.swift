import Foundation
import PerfusioCore

/// The derived figures of one record as `perfusio metrics` prints them: one JSON object per record (keys
/// documented in `docs/cli.md`; `null` where the record does not say) or aligned text.
///
/// ```swift
/// let summary = FiguresSummary(record: record, file: "adult-cabg.md")
/// summary.fields.first { $0.key == "cpb_minutes" }?.value   // .number(109)
/// ```
public struct FiguresSummary: Hashable, Sendable, Encodable {
    public var fields: [FigureField]

    public init(record: PerfusionCase, file: String, options: MetricsOptions = .standard) {
        let f = CaseFigures(record: record, options: options)
        let time = { (v: TimedValue?) in FigureValue.string(v?.time.iso) }
        fields = [
            FigureField("file", "File", "", .text(file)),
            FigureField("case_id", "Case", "", .text(record.header.caseID)),
            FigureField("kind", "Kind", "", .text(record.header.kind.rawValue)),
            FigureField("bsa_m2", "BSA", "m²", .rounded(f.bodySurfaceArea?.squareMetres, 2)),
            FigureField("bsa_formula", "BSA formula", "", .string(f.bodySurfaceArea?.formula.rawValue)),
            FigureField("target_flow_l_min", "Target flow", "L/min", .rounded(f.targetFlow, 2)),
            FigureField("cpb_minutes", "CPB time", "min", .int(f.bypassMinutes)),
            FigureField("cpb_runs", "CPB runs", "", .int(record.header.kind.isBypass ? f.bypassRunCount : nil)),
            FigureField("cross_clamp_minutes", "Cross-clamp time", "min", .int(f.crossClampMinutes)),
            FigureField("circulatory_arrest_minutes", "Circulatory arrest", "min", .int(f.circulatoryArrestMinutes)),
            FigureField("arrest_without_cerebral_perfusion_minutes", "Arrest without cerebral perfusion", "min",
                        .int(f.arrestWithoutCerebralPerfusionMinutes)),
            FigureField("cerebral_perfusion_minutes", "Cerebral perfusion", "min", .int(f.cerebralPerfusionMinutes)),
            FigureField("ecmo_minutes", "ECMO run time", "min", .int(f.ecmoMinutes)),
            FigureField("lowest_temperature_c", "Lowest temperature", "°C", .rounded(f.lowestTemperature?.value, 1)),
            FigureField("lowest_temperature_site", "Lowest temperature site", "", .string(f.lowestTemperature?.parameter?.rawValue)),
            FigureField("lowest_temperature_time", "Lowest temperature at", "", time(f.lowestTemperature)),
            FigureField("lowest_arterial_outlet_c", "Lowest arterial outlet", "°C",
                        .rounded(f.lowestTemperatureBySite[.arterialOutletTemperature]?.value, 1)),
            FigureField("lowest_hct_percent", "Lowest Hct", "%", .rounded(f.lowestHaematocrit?.value, 1)),
            FigureField("lowest_hct_time", "Lowest Hct at", "", time(f.lowestHaematocrit)),
            FigureField("lowest_hb_g_dl", "Lowest Hb", "g/dL", .rounded(f.lowestHaemoglobin?.value, 1)),
            FigureField("lowest_hb_time", "Lowest Hb at", "", time(f.lowestHaemoglobin)),
            FigureField("nadir_do2i", "Nadir DO2i (full flow)", "mL/min/m²", .rounded(f.nadirOxygenDeliveryIndex?.value, 0)),
            FigureField("nadir_do2i_time", "Nadir DO2i at", "", time(f.nadirOxygenDeliveryIndex)),
            FigureField("nadir_flow_index", "Nadir flow index (full flow)", "L/min/m²", .rounded(f.nadirFlowIndex?.value, 2)),
            FigureField("do2i_below_272_minutes", "DO2i below 272", "min", .rounded(f.oxygenDeliveryDeficit?.minutes, 0)),
            FigureField("do2i_deficit_ml_m2", "DO2i deficit below 272", "mL/m²", .rounded(f.oxygenDeliveryDeficit?.area, 0)),
            FigureField("map_below_50_minutes", "MAP below 50", "min", .rounded(f.lowMeanArterialPressure?.minutes, 0)),
            FigureField("peak_glucose_mg_dl", "Peak glucose", "mg/dL", .rounded(f.peakGlucose?.value, 0)),
            FigureField("peak_lactate_mmol_l", "Peak lactate", "mmol/L", .rounded(f.peakLactate?.value, 1)),
            FigureField("cardioplegia_doses", "Cardioplegia doses", "", .int(f.cardioplegiaDoses.isEmpty ? nil : f.cardioplegiaDoses.count)),
            FigureField("cardioplegia_volume_ml", "Cardioplegia volume", "mL", .rounded(f.cardioplegiaVolume, 0)),
            FigureField("heparin_iu", "Heparin", "IU", .rounded(f.heparinTotal, 0)),
            FigureField("heparin_iu_per_kg", "Heparin before bypass", "IU/kg", .rounded(f.heparinLoadingPerKilogram, 0)),
            FigureField("estimated_blood_volume_ml", "Estimated blood volume", "mL", .rounded(f.estimatedBloodVolume, 0)),
            FigureField("predicted_cpb_hct_percent", "Predicted Hct on CPB", "%", .rounded(f.predictedBypassHaematocrit, 1)),
            FigureField("fluid_balance_ml", "Fluid balance", "mL", .rounded(f.fluidBalance?.balance, 0)),
            FigureField("fluid_balance_parts", "Fluid balance parts", "", Self.parts(f.fluidBalance)),
            FigureField("urine_output_ml_kg_h", "Urine output", "mL/kg/h", .rounded(f.urineOutputRate, 2)),
            FigureField("assumptions", "Assumptions", "", .text(f.assumptions.joined(separator: " "))),
        ]
    }

    static func parts(_ b: FluidBalance?) -> FigureValue {
        guard let b else { return .null }
        let ml = { (k: String, l: String, v: Double) in FigureField(k, l, "mL", .rounded(v, 0)) }
        return .object([
            ml("prime_ml", "prime", b.prime), ml("crystalloid_colloid_ml", "crystalloid/colloid", b.crystalloidAndColloid),
            ml("cardioplegia_crystalloid_ml", "cardioplegia crystalloid", b.cardioplegiaCrystalloid),
            ml("blood_products_ml", "blood products", b.bloodProducts), ml("cell_saver_ml", "cell saver", b.cellSaver),
            ml("urine_ml", "urine", -b.urine), ml("ultrafiltration_ml", "ultrafiltration", -b.ultrafiltration),
            ml("autologous_prime_removed_ml", "autologous prime removed", -b.autologousPrimeRemoved),
            ml("other_removed_ml", "other removed", -b.otherRemoved),
        ])
    }

    public func encode(to encoder: Encoder) throws { try FigureValue.object(fields).encode(to: encoder) }

    /// Aligned `label  value unit` lines, the file and case first.
    public var text: String {
        let width = fields.map(\.label.count).max() ?? 0
        return fields.map { f in
            f.label + String(repeating: " ", count: width - f.label.count + 2) + f.value.text(unit: f.unit)
        }.joined(separator: "\n") + "\n"
    }

    /// Records as a JSON array (sorted keys, two-space indentation, a final newline).
    public static func json(_ summaries: [FiguresSummary]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(summaries), let text = String(data: data, encoding: .utf8) else { return "[]\n" }
        return text + "\n"
    }
}
