import PerfusioCore

extension PanelSpec {
    /// The panels of the perfusion chart, top to bottom, with fixed clinical axes.
    ///
    /// Thresholds: MAP 50–80 mmHg on CPB (EACTS-2019, class I); arterial outlet ≤ 37 °C (STS-TEMP-2015, class I);
    /// Hct 21 % as the lower end of the transfusion range (EACTS-2019 and the 2017 EACTS/EACTA PBM guideline);
    /// DO2i 272 mL/min/m² (RANUCCI-2005) and 280 (GIFT, Ranucci 2018); glucose 180 mg/dL (Lazar 2009, STS);
    /// lactate 4 mmol/L (Ranucci 2006). Values from DOMAIN.md §2.2–2.3.
    static func standard(kind: CaseKind, context: ChartContext) -> [PanelSpec] {
        [pressure(kind: kind), flow(context: context), temperature, haematocrit, oxygenDelivery, metabolic, oxygenator]
    }

    static func pressure(kind: CaseKind) -> PanelSpec {
        PanelSpec(id: "pressure", title: "Pressure", axis: ValueAxis(unit: "mmHg", range: 0...120, step: 20),
                  series: [.parameter(.map), .parameter(.cvp), .parameter(.pulmonaryArteryPressure)],
                  bands: kind.isBypass ? [TargetBand(range: 50...80, label: "MAP 50–80 mmHg")] : [])
    }

    static func flow(context: ChartContext) -> PanelSpec {
        if context.bodySurfaceArea != nil {
            let band = context.targetFlowIndex.map { TargetBand(range: $0, label: "Target \(bandText($0)) L/min/m²") }
            return PanelSpec(id: "flow", title: "Flow index", axis: ValueAxis(unit: "L/min/m²", range: 0...4, step: 1),
                             series: [SeriesSpec(name: "Flow index", unit: "L/min/m²", source: .flowIndex)],
                             bands: band.map { [$0] } ?? [])
        }
        return PanelSpec(id: "flow", title: "Pump flow", axis: ValueAxis(unit: "L/min", range: 0...7, step: 1),
                         series: [.parameter(.pumpFlow)])
    }

    static let temperature = PanelSpec(
        id: "temperature", title: "Temperature", axis: ValueAxis(unit: "°C", range: 15...40, step: 5),
        series: Parameter.allCases.filter(\.isTemperature).map { .parameter($0) },
        thresholds: [ThresholdLine(value: 37, label: "37 °C", source: "STS-TEMP-2015")])

    static let haematocrit = PanelSpec(
        id: "haematocrit", title: "Hct and Hb", axis: ValueAxis(unit: "%", range: 12...48, step: 6),
        secondaryAxis: ValueAxis(unit: "g/dL", range: 4...16, step: 2),
        series: [.parameter(.hct), .parameter(.hb, secondary: true)],
        thresholds: [ThresholdLine(value: 21, label: "Hct 21 %", source: "EACTS-2019")])

    static let oxygenDelivery = PanelSpec(
        id: "do2i", title: "DO2i", axis: ValueAxis(unit: "mL/min/m²", range: 0...600, step: 100),
        series: [SeriesSpec(name: "DO2i", unit: "mL/min/m²", source: .oxygenDeliveryIndex)],
        thresholds: [ThresholdLine(value: 272, label: "272", source: "RANUCCI-2005"),
                     ThresholdLine(value: 280, label: "280", source: "GIFT (Ranucci 2018)")])

    static let metabolic = PanelSpec(
        id: "metabolic", title: "Glucose and lactate", axis: ValueAxis(unit: "mg/dL", range: 0...300, step: 50),
        secondaryAxis: ValueAxis(unit: "mmol/L", range: 0...12, step: 2),
        series: [.parameter(.glucose), .parameter(.lactate, secondary: true)],
        thresholds: [ThresholdLine(value: 180, label: "Glucose 180", source: "Lazar 2009 (STS)"),
                     ThresholdLine(value: 4, label: "Lactate 4", source: "Ranucci 2006", onSecondaryAxis: true)])

    static let oxygenator = PanelSpec(
        id: "oxygenator", title: "Oxygenator pressures", axis: ValueAxis(unit: "mmHg", range: 0...400, step: 100),
        series: [.parameter(.preOxygenatorPressure), .parameter(.postOxygenatorPressure)])

    private static func bandText(_ r: ClosedRange<Double>) -> String {
        "\(NumberFormatting.trimmed(r.lowerBound, maxDigits: 2))–\(NumberFormatting.trimmed(r.upperBound, maxDigits: 2))"
    }
}
