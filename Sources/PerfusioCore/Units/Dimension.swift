/// What a unit measures. Units convert only within a dimension, except substance concentrations,
/// which cross between mass and molar concentration through the substance's molar mass.
public enum Dimension: String, Sendable, Codable, CaseIterable {
    case volumeFlow, flowIndex, weightFlow, pressure, temperature, fraction, massConcentration, molarConcentration
    case enzymeActivity, time, volume, mass, length, catheterSize, heparinDose, heparinPerKg, heparinConcentration
    case rotationRate, cellCount, energy, doseRate, infusionRate, none, bloodUnits, area, bodyDose
}
