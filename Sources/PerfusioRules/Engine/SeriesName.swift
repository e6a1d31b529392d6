import PerfusioCore

/// What a check reads at each reading: a recorded parameter (`map`, `t_art`, `anti_xa`) or a figure derived
/// per reading (`do2i`, `flow_index`, `oxygenator_pressure_drop`, …).
public enum SeriesName: Hashable, Sendable {
    case parameter(Parameter)
    case derived(DerivedSeries)

    /// Parses a parameter's XML name or a derived series' name.
    public init?(_ text: String) {
        if let p = Parameter(rawValue: text) { self = .parameter(p) } else if let d = DerivedSeries(rawValue: text) { self = .derived(d) } else { return nil }
    }

    /// Every accepted name, for error messages.
    static var allNames: [String] { Parameter.allCases.map(\.rawValue) + DerivedSeries.allCases.map(\.rawValue) }

    /// The unit thresholds are compared in.
    public var unit: ClinicalUnit? {
        if case .parameter(let p) = self { return p.canonicalUnit }
        return nil
    }

    /// The name people read (`MAP`, `DO2i`).
    public var displayName: String {
        switch self {
        case .parameter(let p): p.displayName
        case .derived(let d): d.displayName
        }
    }

    /// The unit shown beside values (`mmHg`, `mL/min/m²`).
    public var unitDisplay: String {
        switch self {
        case .parameter(let p): p.canonicalUnit.display
        case .derived(let d): d.unitDisplay
        }
    }
}

/// Figures derived per reading from recorded values.
public enum DerivedSeries: String, Hashable, Sendable, CaseIterable {
    /// Oxygen delivery index, mL/min/m² (``CaseFigures/oxygenDelivery``).
    case oxygenDeliveryIndex = "do2i"
    /// Pump flow ÷ BSA, L/min/m².
    case flowIndex = "flow_index"
    /// Pump flow ÷ weight, mL/kg/min.
    case flowPerKilogram = "flow_per_kg"
    /// Pre- minus post-oxygenator pressure, mmHg (DOMAIN.md §2.6).
    case oxygenatorPressureDrop = "oxygenator_pressure_drop"
    /// Arterial outlet minus venous inflow temperature, °C (rewarming gradient, STS-TEMP-2015).
    case arterialVenousGradient = "arterial_venous_gradient"
    /// Venous inflow minus arterial outlet temperature, °C (cooling gradient, STS-TEMP-2015).
    case venousArterialGradient = "venous_arterial_gradient"
    /// Change of the arterial outlet temperature per minute since the previous reading, °C/min.
    case arterialOutletRate = "arterial_outlet_rate"

    public var displayName: String {
        switch self {
        case .oxygenDeliveryIndex: "DO2i"
        case .flowIndex: "flow index"
        case .flowPerKilogram: "flow"
        case .oxygenatorPressureDrop: "oxygenator pressure drop"
        case .arterialVenousGradient: "arterial–venous temperature gradient"
        case .venousArterialGradient: "venous–arterial temperature gradient"
        case .arterialOutletRate: "rewarming rate"
        }
    }

    public var unitDisplay: String {
        switch self {
        case .oxygenDeliveryIndex: "mL/min/m²"
        case .flowIndex: "L/min/m²"
        case .flowPerKilogram: "mL/kg/min"
        case .oxygenatorPressureDrop: "mmHg"
        case .arterialVenousGradient, .venousArterialGradient: "°C"
        case .arterialOutletRate: "°C/min"
        }
    }

    /// Decimals shown.
    var fractionDigits: Int {
        switch self {
        case .oxygenDeliveryIndex, .flowPerKilogram, .oxygenatorPressureDrop: 0
        case .flowIndex, .arterialOutletRate: 2
        case .arterialVenousGradient, .venousArterialGradient: 1
        }
    }
}
