import Testing
@testable import PerfusioCore

/// The decimals a quantity made from a number (not parsed text) shows by default.
@Suite struct QuantityDigitsTests {
    @Test(arguments: [(4.65, 2, "4.65"), (0.29, 2, "0.29"), (1.1, 1, "1.1"), (33.6, 1, "33.6"), (7.405, 3, "7.405"),
                      (120.0, 0, "120"), (0.1 + 0.2, 1, "0.3"), (-2.35, 2, "-2.35"), (1.23456, 4, "1.2346")])
    func fewestExactDecimals(value: Double, digits: Int, text: String) {
        let quantity = Quantity(value, .litresPerMinute)
        #expect(quantity.fractionDigits == digits)
        #expect(quantity.formattedValue == text)
    }
}
