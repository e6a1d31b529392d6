/// Choices behind the derived figures. The defaults are DOMAIN.md §0's; an institution may change them.
public struct MetricsOptions: Hashable, Sendable, Codable {
    /// How the BSA formula is chosen (default: DuBois at 18 years or older, Haycock below).
    public var bsa: BSASelection
    /// CaO2 constants (default 1.34 and 0.003).
    public var oxygenContent: OxygenContentConstants
    /// When SaO2 is missing on bypass, compute DO2i with SaO2 = 1.00 and state it (DOMAIN.md §0); when false,
    /// such readings have no DO2i.
    public var assumeFullSaturationOnBypass: Bool
    /// Cardiac index for the target flow, L/min/m² (default 2.4, normothermic; DOMAIN.md §1.2).
    public var cardiacIndex: Double
    /// MAP threshold for the time-below figure, mmHg (default 50, EACTS-2019 lower limit).
    public var mapThreshold: Double
    /// DO2i threshold for the deficit figure, mL/min/m² (default 272, RANUCCI-2005).
    public var oxygenDeliveryThreshold: Double
    /// How values are taken between readings for time and area below thresholds (default step).
    public var interpolation: ThresholdExposure.Interpolation

    public init(bsa: BSASelection = .standard, oxygenContent: OxygenContentConstants = .standard,
                assumeFullSaturationOnBypass: Bool = true, cardiacIndex: Double = 2.4, mapThreshold: Double = 50,
                oxygenDeliveryThreshold: Double = 272, interpolation: ThresholdExposure.Interpolation = .step) {
        self.bsa = bsa
        self.oxygenContent = oxygenContent
        self.assumeFullSaturationOnBypass = assumeFullSaturationOnBypass
        self.cardiacIndex = cardiacIndex
        self.mapThreshold = mapThreshold
        self.oxygenDeliveryThreshold = oxygenDeliveryThreshold
        self.interpolation = interpolation
    }

    /// The defaults.
    public static let standard = MetricsOptions()
}
