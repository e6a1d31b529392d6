/// A point in data space: `x` in seconds since the chart's start, `y` in the series' unit.
public struct ChartPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
