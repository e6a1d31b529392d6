import Testing
@testable import PerfusioRender

@Suite struct DownsamplerTests {
    @Test func fewPointsAreKeptAsTheyAre() {
        let points = (0..<5).map { ChartPoint(x: Double($0), y: Double($0 * $0)) }
        #expect(Downsampler.largestTriangleThreeBuckets(points, threshold: 10) == points)
    }

    @Test func keepsExactlyThresholdPointsWithFirstAndLast() {
        let points = (0..<1000).map { ChartPoint(x: Double($0), y: Double($0 % 7)) }
        let kept = Downsampler.largestTriangleThreeBuckets(points, threshold: 50)
        #expect(kept.count == 50)
        #expect(kept.first == points.first)
        #expect(kept.last == points.last)
        #expect(kept == kept.sorted { $0.x < $1.x })
    }

    @Test func keepsAOnePointPeakAndTrough() {
        var points = (0..<28_800).map { ChartPoint(x: Double($0), y: 60) }
        points[10_000].y = 140
        points[20_000].y = 20
        let kept = Downsampler.largestTriangleThreeBuckets(points, threshold: 300)
        #expect(kept.count == 300)
        #expect(kept.contains(ChartPoint(x: 10_000, y: 140)))
        #expect(kept.contains(ChartPoint(x: 20_000, y: 20)))
    }

    @Test func aThresholdBelowThreeKeepsThreePoints() {
        let points = (0..<10).map { ChartPoint(x: Double($0), y: 0) }
        #expect(Downsampler.indices(points, threshold: 1) == [0, 1, 9])
    }
}
