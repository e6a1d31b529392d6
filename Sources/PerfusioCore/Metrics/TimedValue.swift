/// A value at a moment, with the place in the input where it stands: the unit of every nadir, peak and finding.
public struct TimedValue: Hashable, Sendable, Codable {
    public var time: CaseTime
    /// The number in `unit`.
    public var value: Double
    /// The unit as people read it (`mmHg`, `°C`, `mL/min/m²`).
    public var unit: String
    /// Decimals to show: as recorded (after conversion), or chosen for a derived figure.
    public var fractionDigits: Int
    /// The parameter it belongs to, when it is a reading value.
    public var parameter: Parameter?
    /// Where the value stands in the input (the cell, or the reading's row, or the event's line).
    public var location: SourceLocation?

    public init(time: CaseTime, value: Double, unit: String, fractionDigits: Int = 0, parameter: Parameter? = nil,
                location: SourceLocation? = nil) {
        self.time = time
        self.value = value
        self.unit = unit
        self.fractionDigits = fractionDigits
        self.parameter = parameter
        self.location = location
    }

    /// Number and unit for people (`48 mmHg`, `33.6 °C`).
    public var formatted: String {
        let number = NumberFormatting.fixed(value, digits: fractionDigits)
        return unit.isEmpty ? number : "\(number) \(unit)"
    }
}
