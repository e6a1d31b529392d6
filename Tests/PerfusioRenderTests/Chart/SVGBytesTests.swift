import PerfusioCore
import Testing
@testable import PerfusioRender

/// ``SVGBytes`` writes exactly what ``svgNumber(_:)`` gives, without its `String`.
@Suite struct SVGBytesTests {
    static func number(_ value: Double) -> String {
        var out = ByteBuffer(capacity: 0)
        SVGBytes.appendNumber(value, to: &out)
        return out.string
    }

    @Test func numbersAsPeopleReadThem() {
        #expect(Self.number(12.5) == "12.5")
        #expect(Self.number(12.04) == "12")
        #expect(Self.number(0.06) == "0.1")
        #expect(Self.number(-3.26) == "-3.3")
        #expect(Self.number(-0.04) == "0")
        #expect(Self.number(-0.0) == "0")
        #expect(Self.number(0) == "0")
        #expect(Self.number(708) == "708")
        #expect(Self.number(1e-12) == "0")
        #expect(Self.number(123456789.96) == "123456790")
    }

    /// Near ties (`0.05`, `2.25`), NaN, infinities and magnitudes from 1e9 are left to `NumberFormatting`.
    static let edges: [Double] = [0.05, -0.05, 0.15, 0.25, 2.25, -2.25, 1.45, 0.35, 999_999_999.95, 1e9, -1e9, 1.5e12,
                                  .nan, .infinity, -.infinity, .ulpOfOne, -.leastNonzeroMagnitude, .greatestFiniteMagnitude]

    @Test(arguments: edges)
    func edgeCasesAsSVGNumber(_ value: Double) {
        #expect(Self.number(value) == svgNumber(value))
    }

    @Test func everyThousandthAsSVGNumber() {
        // -100 to 100 in steps of 0.001 and its neighbours: every rounding case a chart coordinate meets.
        var mismatches: [Double] = []
        for i in -100_000...100_000 {
            let v = Double(i) / 1000
            for x in [v, v.nextUp, v.nextDown] where Self.number(x) != svgNumber(x) { mismatches.append(x) }
        }
        #expect(mismatches == [])
    }
}
