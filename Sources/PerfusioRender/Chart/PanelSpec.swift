import PerfusioCore

/// One stacked panel of the perfusion chart: a fixed axis (and optionally a second one on the right),
/// the series it may show, and its threshold lines and target bands.
struct PanelSpec: Sendable {
    /// Short id used in SVG ids and classes (`pressure`, `flow`).
    var id: String
    var title: String
    var axis: ValueAxis
    /// A second axis on the right, for a series in another unit (Hb beside Hct, lactate beside glucose).
    var secondaryAxis: ValueAxis?
    /// Candidate series, in drawing order; those without data are left out.
    var series: [SeriesSpec]
    var thresholds: [ThresholdLine] = []
    var bands: [TargetBand] = []
}

/// A series a panel may draw.
struct SeriesSpec: Sendable {
    /// Where the values come from.
    enum Source: Hashable, Sendable {
        /// A reading parameter converted to a unit.
        case parameter(Parameter, ClinicalUnit)
        /// Pump flow divided by the body surface area (L/min/m²).
        case flowIndex
        /// Oxygen delivery index values given by the caller (mL/min/m²).
        case oxygenDeliveryIndex
    }

    var name: String
    /// The unit shown in titles of values (`mmHg`).
    var unit: String
    var source: Source
    var onSecondaryAxis = false

    /// A series of a reading parameter in `unit` (its canonical unit by default).
    static func parameter(_ p: Parameter, _ unit: ClinicalUnit? = nil, secondary: Bool = false) -> SeriesSpec {
        let u = unit ?? p.canonicalUnit
        return SeriesSpec(name: p.displayName, unit: u.display, source: .parameter(p, u), onSecondaryAxis: secondary)
    }
}

/// A horizontal line at a clinical threshold, labelled with its source.
struct ThresholdLine: Sendable {
    var value: Double
    /// Text at the line's right end (`DO2i 272`).
    var label: String
    /// Where the threshold comes from (DOMAIN.md key), for the chart's description.
    var source: String
    var onSecondaryAxis = false
}

/// A shaded band of target values (MAP 50–80 mmHg, target flow index).
struct TargetBand: Sendable {
    var range: ClosedRange<Double>
    var label: String
}
