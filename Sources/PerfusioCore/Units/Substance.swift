/// A substance whose concentration is written either as mass (mg/dL, g/dL) or as amount (mmol/L).
///
/// Molar masses from DOMAIN.md §1.8: glucose 180.16, lactate 90.08, calcium 40.08 g/mol; creatinine
/// 113.12 g/mol (µmol/L ÷ 88.42 = mg/dL); haemoglobin per iron 16,114 g/mol (mmol/L × 1.611 = g/dL).
public enum Substance: String, Sendable, Codable, CaseIterable {
    case glucose, lactate, calcium, creatinine, haemoglobin, fibrinogen, potassium, sodium

    /// Grams per mole; nil where a mass/molar conversion is not meaningful.
    public var molarMass: Double? {
        switch self {
        case .glucose: 180.16
        case .lactate: 90.08
        case .calcium: 40.08
        case .creatinine: 113.12
        case .haemoglobin: 16_114
        case .potassium: 39.098
        case .sodium: 22.99
        case .fibrinogen: nil
        }
    }
}
