/// Time and area beyond a threshold: minutes with MAP below 50, DO2i deficit below 272 (DOMAIN.md §1.3).
public struct ThresholdExposure: Hashable, Sendable, Codable {
    /// How values are taken between readings.
    public enum Interpolation: String, Hashable, Sendable, Codable, CaseIterable {
        /// A reading's value holds until the next reading (sample and hold), as DOMAIN.md §1.3 writes the
        /// deficit: Σ (threshold − value) × Δt over the intervals below. The default.
        case step
        /// Straight lines between consecutive readings; crossings found where the line meets the threshold.
        case linear
    }

    public var threshold: Double
    /// Minutes spent beyond the threshold.
    public var minutes: Double
    /// Σ |threshold − value| × Δt over those minutes, in the value's unit × min (mL/m² for DO2i in mL/min/m²).
    public var area: Double
    public var interpolation: Interpolation

    public init(threshold: Double, minutes: Double, area: Double, interpolation: Interpolation) {
        self.threshold = threshold
        self.minutes = minutes
        self.area = area
        self.interpolation = interpolation
    }

    /// Which side of the threshold counts.
    public enum Side: String, Hashable, Sendable, Codable { case below, above }

    /// Exposure of `values` on `side` of `threshold` within `windows`.
    ///
    /// Each reading covers the time to the next reading (the last one to the end of its window), clipped to
    /// the windows; open windows end at the last reading. Readings outside every window do not count.
    public static func measure(_ values: [TimedValue], _ side: Side, _ threshold: Double, within windows: [CaseInterval],
                               interpolation: Interpolation = .step) -> ThresholdExposure {
        var minutes = 0.0, area = 0.0
        let excess: (Double) -> Double = { side == .below ? threshold - $0 : $0 - threshold }
        for window in windows {
            let inside = values.filter { window.contains($0.time) }
            for (i, v) in inside.enumerated() {
                let endTime = i + 1 < inside.count ? inside[i + 1].time : (window.end ?? v.time)
                let span = endTime.minutes(since: v.time)
                guard span > 0 else { continue }
                let next = i + 1 < inside.count ? inside[i + 1].value : v.value
                let (m, a) = interpolation == .step || i + 1 >= inside.count
                    ? (excess(v.value) > 0 ? (span, excess(v.value) * span) : (0, 0))
                    : linearSegment(excess(v.value), excess(next), span)
                minutes += m
                area += a
            }
        }
        return ThresholdExposure(threshold: threshold, minutes: minutes, area: area, interpolation: interpolation)
    }

    /// Minutes and area where a straight line from e0 to e1 over `span` minutes is positive.
    static func linearSegment(_ e0: Double, _ e1: Double, _ span: Double) -> (Double, Double) {
        if e0 <= 0 && e1 <= 0 { return (0, 0) }
        if e0 >= 0 && e1 >= 0 { return (span, (e0 + e1) / 2 * span) }
        let t = span * max(e0, e1) / abs(e1 - e0)
        return (t, max(e0, e1) / 2 * t)
    }
}
