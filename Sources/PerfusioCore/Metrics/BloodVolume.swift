import Foundation

/// Estimated blood volume and predicted on-bypass haematocrit (DOMAIN.md §1.4–1.5).
public enum BloodVolume {
    /// Nadler SB, Hidalgo JU, Bloch T. Surgery 51(2):224–232 (1962). Adults only.
    ///
    /// Man: 0.3669 × H³ + 0.03219 × W + 0.6041; woman: 0.3561 × H³ + 0.03308 × W + 0.1833
    /// (H in metres, W in kg, result in litres). Example: man 1.75 m, 82 kg → 5.21 L.
    /// - Returns: millilitres, or nil for a sex other than male or female.
    public static func nadler(sex: Sex, heightMetres h: Double, weightKilograms w: Double) -> Double? {
        switch sex {
        case .male: (0.3669 * pow(h, 3) + 0.03219 * w + 0.6041) * 1000
        case .female: (0.3561 * pow(h, 3) + 0.03308 * w + 0.1833) * 1000
        default: nil
        }
    }

    /// Weight-based EBV, mL/kg (practice; anaesthesia texts, DOMAIN.md §1.4): adult man 70, adult woman 65,
    /// child over 1 year 75, infant 1–12 months 80, neonate under 1 month 85. Lower ends of the ranges,
    /// matching the worked example (82 kg man × 70 = 5,740 mL). Nil when neither age nor sex says enough.
    public static func millilitresPerKilogram(ageMonths: Int?, sex: Sex?) -> Double? {
        if let months = ageMonths, months < 18 * 12 {
            return months < 1 ? 85 : months < 12 ? 80 : 75
        }
        switch sex {
        case .male: return 70
        case .female: return 65
        default: return nil
        }
    }

    /// Predicted haematocrit on bypass, % (practice formula, DOMAIN.md §1.5):
    /// (EBV × Hct_pre + V_rbc × Hct_rbc) ÷ (EBV + prime + crystalloid − autologous prime removed).
    ///
    /// Example: EBV 5,740 mL, Hct 39 %, prime 1,300 mL, 350 mL RAP → 33.5 %. All volumes in mL.
    public static func predictedBypassHaematocrit(bloodVolume: Double, preoperativeHct: Double, primeVolume: Double,
                                                  crystalloid: Double = 0, autologousPrimeRemoved: Double = 0,
                                                  primeRedCellVolume: Double = 0, primeRedCellHct: Double = 0) -> Double? {
        let dilution = bloodVolume + primeVolume + crystalloid - autologousPrimeRemoved
        guard dilution > 0 else { return nil }
        return (bloodVolume * preoperativeHct + primeRedCellVolume * primeRedCellHct) / dilution
    }
}
