import Foundation
import PerfusioCore
import Testing

@Suite struct NumberFormattingTests {
    /// The reference: POSIX `%.*f`, minus the sign of a negative zero.
    static func printf(_ value: Double, _ digits: Int) -> String {
        var s = String(format: "%.\(digits)f", value)
        if s.hasPrefix("-"), Double(s) == 0 { s.removeFirst() }
        return s
    }

    @Test func fixedEqualsPrintfForValuesAsWritten() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let written = Int.random(in: 0...6, using: &generator)
            let magnitude = [1.0, 10, 100, 1_000, 100_000, 1e8][Int.random(in: 0...5, using: &generator)]
            let raw = Double.random(in: -magnitude...magnitude, using: &generator)
            let value = (raw * pow(10, Double(written))).rounded() / pow(10, Double(written))
            let digits = Int.random(in: 0...6, using: &generator)
            #expect(NumberFormatting.fixed(value, digits: digits) == Self.printf(value, digits), "\(value) \(digits)")
        }
    }

    /// Chart coordinates and derived figures: values with many decimals, rounded to fewer (the fast path that rounds
    /// the scaled value unless it is a near tie).
    @Test func fixedEqualsPrintfForComputedValues() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let magnitude = [1.0, 10, 100, 1_000, 100_000, 1e8, 9.9e8][Int.random(in: 0...6, using: &generator)]
            let value = Double.random(in: -magnitude...magnitude, using: &generator) / 3
            let digits = Int.random(in: 0...6, using: &generator)
            #expect(NumberFormatting.fixed(value, digits: digits) == Self.printf(value, digits), "\(value) \(digits)")
        }
        for value in [0.05, 0.15, 0.25, 0.35, 1.005, 2.675, -0.05, -0.04, 0.0004999, 123.45, 999_999_999.95] {
            for digits in 0...6 { #expect(NumberFormatting.fixed(value, digits: digits) == Self.printf(value, digits), "\(value) \(digits)") }
        }
    }

    @Test func fixedEqualsPrintfForUnroundedAndEdgeValues() {
        let values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 4.65, 4.55, 7.40, 98.6, 1e-7, -1e-7, 0.00049999,
                                1e9, 1e12, -123456789.5, 1.0 / 3.0, 2.0 / 3.0, Double.ulpOfOne, 0.1 + 0.2]
        for value in values {
            for digits in 0...6 { #expect(NumberFormatting.fixed(value, digits: digits) == Self.printf(value, digits), "\(value) \(digits)") }
        }
    }

    @Test func digitsAreClampedAndNonFiniteValuesNamed() {
        #expect(NumberFormatting.fixed(1.25, digits: -1) == "1")
        #expect(NumberFormatting.fixed(1.25, digits: 9) == "1.250000")
        #expect([Double.nan, .infinity, -.infinity].map { NumberFormatting.fixed($0, digits: 1) } == ["NaN", "inf", "-inf"])
    }
}
