/// Reduces a series to a bounded number of points for drawing, keeping its peaks and troughs.
///
/// Largest-triangle-three-buckets: Steinarsson S. *Downsampling time series for visual representation*,
/// MSc thesis, University of Iceland (2013). The first and last points are kept; the points between are split
/// into `threshold − 2` buckets of equal count, and from each bucket the point forming the largest triangle with
/// the point kept before it and the mean of the next bucket is kept. A one-second spike in an eight-hour
/// record therefore survives, where averaging or taking every n-th point would lose it. Linear time.
///
/// Run it on drawing coordinates (pixels), so that "largest triangle" means largest on the page.
public enum Downsampler {
    /// At most `threshold` points of `points` (which must be in x order); all of them when there are few enough.
    /// A threshold below 3 is treated as 3.
    public static func largestTriangleThreeBuckets(_ points: [ChartPoint], threshold: Int) -> [ChartPoint] {
        indices(points, threshold: threshold).map { points[$0] }
    }

    /// The indices (ascending) of the points largest-triangle-three-buckets keeps.
    public static func indices(_ points: [ChartPoint], threshold: Int) -> [Int] {
        let threshold = max(threshold, 3)
        guard points.count > threshold else { return Array(points.indices) }
        var kept: [Int] = [0]
        kept.reserveCapacity(threshold)
        let bucketSize = Double(points.count - 2) / Double(threshold - 2)
        var previous = 0
        for bucket in 0..<(threshold - 2) {
            let start = Int(Double(bucket) * bucketSize) + 1
            let end = max(min(Int(Double(bucket + 1) * bucketSize) + 1, points.count - 1), start + 1)
            let next = min(Int(Double(bucket + 2) * bucketSize) + 1, points.count)
            let (meanX, meanY) = mean(of: points, from: end, to: next)
            var best = start, bestArea = -1.0
            let a = points[previous]
            for i in start..<end {
                let p = points[i]
                let area = abs((a.x - meanX) * (p.y - a.y) - (a.x - p.x) * (meanY - a.y))
                if area > bestArea { bestArea = area; best = i }
            }
            kept.append(best)
            previous = best
        }
        kept.append(points.count - 1)
        return kept
    }

    /// The mean point of `points[from..<to]`; the point at `from` when the range is empty.
    private static func mean(of points: [ChartPoint], from: Int, to: Int) -> (Double, Double) {
        guard to > from else { let p = points[min(from, points.count - 1)]; return (p.x, p.y) }
        var sx = 0.0, sy = 0.0
        for i in from..<to { sx += points[i].x; sy += points[i].y }
        let n = Double(to - from)
        return (sx / n, sy / n)
    }
}
