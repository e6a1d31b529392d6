/// The constants of the arterial oxygen content formula, stored with every result (DOMAIN.md §1.3).
public struct OxygenContentConstants: Hashable, Sendable, Codable {
    /// Hüfner constant, mL O2 per g Hb: 1.34 (RANUCCI-2005, most perfusion literature); 1.36 or 1.39 in some texts.
    public var hufner: Double
    /// Dissolved-oxygen coefficient, mL O2/dL/mmHg: 0.003 (or 0.0031).
    public var dissolved: Double

    public init(hufner: Double = 1.34, dissolved: Double = 0.003) {
        self.hufner = hufner
        self.dissolved = dissolved
    }

    /// 1.34 and 0.003, the DOMAIN.md §1.3 defaults.
    public static let standard = OxygenContentConstants()
}

/// Clinical oxygen arithmetic: CaO2, flow index, DO2 and DO2i (DOMAIN.md §1.2–1.3; RANUCCI-2005; DESOMER-2011).
public enum OxygenArithmetic {
    /// Arterial oxygen content, mL O2/dL: hufner × Hb (g/dL) × SaO2 (fraction 0–1) + dissolved × PaO2 (mmHg).
    ///
    /// Example (DOMAIN.md §1.3): Hb 8.2, SaO2 1.00, PaO2 250 → 10.988 + 0.750 = 11.74 mL/dL.
    public static func arterialContent(haemoglobin: Double, saturation: Double, oxygenTension: Double,
                                       constants: OxygenContentConstants = .standard) -> Double {
        constants.hufner * haemoglobin * saturation + constants.dissolved * oxygenTension
    }

    /// Flow index, L/min/m²: pump flow (L/min) ÷ BSA (m²). Example: 4.5 ÷ 1.977 = 2.28. Nil when BSA ≤ 0.
    public static func flowIndex(flow: Double, bodySurfaceArea: Double) -> Double? {
        bodySurfaceArea > 0 ? flow / bodySurfaceArea : nil
    }

    /// Target pump flow, L/min: cardiac index (L/min/m²) × BSA (m²) (DOMAIN.md §1.2; EACTS-2019 class I sets
    /// the flow from BSA and temperature). Example: 1.977 × 2.4 = 4.74 L/min.
    public static func targetFlow(cardiacIndex: Double, bodySurfaceArea: Double) -> Double {
        cardiacIndex * bodySurfaceArea
    }

    /// Oxygen delivery, mL O2/min: flow (L/min) × CaO2 (mL/dL) × 10 (dL → L).
    public static func delivery(flow: Double, content: Double) -> Double { flow * content * 10 }

    /// Oxygen delivery index, mL O2/min/m²: flow index (L/min/m²) × CaO2 (mL/dL) × 10.
    ///
    /// Example (DOMAIN.md §1.3): 4.5 L/min, BSA 1.977, CaO2 11.74 → 2.2765 × 11.74 × 10 = 267 mL/min/m².
    public static func deliveryIndex(flowIndex: Double, content: Double) -> Double { flowIndex * content * 10 }
}
