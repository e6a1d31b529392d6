/// A fixed clinical axis: the same range on every case, so charts compare at a glance.
struct ValueAxis: Hashable, Sendable {
    /// Unit shown beside the ticks (`mmHg`, `°C`).
    var unit: String
    var range: ClosedRange<Double>
    /// Tick values, in the axis unit.
    var ticks: [Double]

    init(unit: String, range: ClosedRange<Double>, step: Double) {
        self.unit = unit
        self.range = range
        var ticks: [Double] = [], v = (range.lowerBound / step).rounded(.up) * step
        while v <= range.upperBound + step * 1e-9 { ticks.append(v); v += step }
        self.ticks = ticks
    }

    /// The fraction (0 at the bottom, 1 at the top) of `value`; outside 0...1 when off scale.
    func fraction(_ value: Double) -> Double {
        (value - range.lowerBound) / (range.upperBound - range.lowerBound)
    }
}
