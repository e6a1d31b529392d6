import Testing
@testable import PerfusioCore

/// Each conversion factor of DOMAIN.md §1.8, with its worked example.
@Suite struct UnitConversionTests {
    func convert(_ v: Double, _ from: ClinicalUnit, _ to: ClinicalUnit, _ s: Substance? = nil) throws -> Double {
        try Quantity(v, from).converted(to: to, substance: s).value
    }

    @Test func glucoseMillimolesToMilligrams() throws {
        #expect(abs(try convert(10, .millimolesPerLitre, .milligramsPerDecilitre, .glucose) - 180.16) < 0.01)
        #expect(abs(try convert(180.16, .milligramsPerDecilitre, .millimolesPerLitre, .glucose) - 10) < 1e-9)
    }
    @Test func lactate() throws {
        #expect(abs(try convert(4, .millimolesPerLitre, .milligramsPerDecilitre, .lactate) - 36.03) < 0.01)
    }
    @Test func gasTension() throws {
        #expect(abs(try convert(5.3, .kPa, .mmHg) - 39.75) < 0.01)
        #expect(abs(try convert(33.1, .kPa, .mmHg) - 248.27) < 0.01)
        #expect(abs(try convert(39.75, .mmHg, .kPa) - 5.3) < 0.001)
    }
    @Test func haemoglobin() throws {
        #expect(abs(try convert(82, .gramsPerLitre, .gramsPerDecilitre) - 8.2) < 1e-9)
        #expect(abs(try convert(1, .millimolesPerLitre, .gramsPerDecilitre, .haemoglobin) - 1.6114) < 0.001)
    }
    @Test func temperature() throws {
        #expect(abs(try convert(98.6, .fahrenheit, .celsius) - 37.0) < 1e-9)
        #expect(abs(try convert(37, .celsius, .fahrenheit) - 98.6) < 1e-9)
    }
    @Test func creatinineAndCalcium() throws {
        #expect(abs(try convert(88.4, .micromolesPerLitre, .milligramsPerDecilitre, .creatinine) - 1.0) < 0.001)
        #expect(abs(try convert(1.2, .millimolesPerLitre, .milligramsPerDecilitre, .calcium) - 4.81) < 0.01)
    }
    @Test func lengthMassFlowFraction() throws {
        #expect(try convert(1, .inches, .centimetres) == 2.54)
        #expect(abs(try convert(1, .pounds, .kilograms) - 0.45359237) < 1e-12)
        #expect(abs(try convert(960, .millilitresPerMinute, .litresPerMinute) - 0.96) < 1e-12)
        #expect(abs(try convert(100, .percent, .fraction) - 1) < 1e-12)
    }
    @Test func incompatibleUnitsThrow() {
        #expect(throws: UnitConversionError.self) { try Quantity(4, .mmHg).converted(to: .litresPerMinute) }
        #expect(throws: UnitConversionError.self) {
            try Quantity(4, .millimolesPerLitre).converted(to: .milligramsPerDecilitre)
        }
    }
    @Test func decimalsFollowTheConversion() throws {
        #expect(try Quantity(98.6, .fahrenheit, fractionDigits: 1).converted(to: .celsius).formattedValue == "37.0")
        #expect(Quantity(number: "7.40", unit: .unitless)?.formattedValue == "7.40")
        #expect(Quantity(number: "7,328", unit: .unitless)?.value == 7.328)
        #expect(Quantity(number: "sixty", unit: .mmHg) == nil)
    }
    @Test func spellings() {
        #expect(UnitSpellings.unit(for: "L/min") == .litresPerMinute)
        #expect(UnitSpellings.unit(for: "ml/min") == .millilitresPerMinute)
        #expect(UnitSpellings.unit(for: "°C") == .celsius)
        #expect(UnitSpellings.unit(for: "percent") == .percent)
        #expect(UnitSpellings.unit(for: "mm Hg") == .mmHg)
        #expect(UnitSpellings.unit(for: "gal/min") == nil)
    }
}
