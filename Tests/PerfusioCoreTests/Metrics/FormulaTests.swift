import Testing
import PerfusioCore

/// Each formula against DOMAIN.md §1's worked numbers.
@Suite struct FormulaTests {
    @Test(arguments: [
        (BSAFormula.dubois, 70.0, 170.0, 1.8097), (.dubois, 82, 175, 1.9767), (.dubois, 6.4, 66, 0.3297),
        (.dubois, 3.5, 50, 0.2086), (.mosteller, 70, 170, 1.8181), (.mosteller, 82, 175, 1.9965),
        (.haycock, 6.4, 66, 0.3466), (.haycock, 70, 170, 1.8257), (.haycock, 3.5, 50, 0.2244),
        (.gehanGeorge, 6.4, 66, 0.3586), (.gehanGeorge, 70, 170, 1.8313),
    ])
    func bodySurfaceArea(formula: BSAFormula, weight: Double, height: Double, expected: Double) throws {
        let area = try #require(formula.area(weightKilograms: weight, heightCentimetres: height))
        #expect(abs(area - expected) < 0.00005)
    }

    @Test func bodySurfaceAreaRefusesNonPositiveInputs() {
        #expect(BSAFormula.dubois.area(weightKilograms: -61, heightCentimetres: 158) == nil)
        #expect(BodySurfaceArea(formula: .haycock, weightKilograms: nil, heightCentimetres: 66) == nil)
    }

    @Test func formulaSelection() {
        let standard = BSASelection.standard
        #expect(standard.formula(ageYears: 67, ageMonths: nil, weightKilograms: 82) == .dubois)
        #expect(standard.formula(ageYears: 17, ageMonths: nil, weightKilograms: 70) == .haycock)
        #expect(standard.formula(ageYears: nil, ageMonths: nil, weightKilograms: 6.4) == .haycock)
        #expect(standard.formula(ageYears: nil, ageMonths: nil, weightKilograms: 61) == .dubois)
        let infant = BSASelection.byAge(.underOneYearOrTenKilograms)
        #expect(infant.formula(ageYears: 5, ageMonths: 60, weightKilograms: 18) == .dubois)
        #expect(infant.formula(ageYears: 2, ageMonths: 26, weightKilograms: 9.5) == .haycock)
        #expect(infant.formula(ageYears: 0, ageMonths: 7, weightKilograms: 11) == .haycock)
        #expect(BSASelection.fixed(.mosteller).formula(ageYears: 0, ageMonths: 7, weightKilograms: 6.4) == .mosteller)
    }

    @Test func targetFlowAndFlowIndex() throws {
        #expect(abs(OxygenArithmetic.targetFlow(cardiacIndex: 2.4, bodySurfaceArea: 1.977) - 4.74) < 0.005)
        #expect(abs(OxygenArithmetic.targetFlow(cardiacIndex: 2.2, bodySurfaceArea: 1.977) - 4.35) < 0.005)
        let index = try #require(OxygenArithmetic.flowIndex(flow: 4.5, bodySurfaceArea: 1.977))
        #expect(abs(index - 2.28) < 0.005)
        #expect(OxygenArithmetic.flowIndex(flow: 4.5, bodySurfaceArea: 0) == nil)
    }

    @Test func arterialContentAndDeliveryIndex() {
        let content = OxygenArithmetic.arterialContent(haemoglobin: 8.2, saturation: 1, oxygenTension: 250)
        #expect(abs(content - 11.738) < 0.0005)
        let variant = OxygenArithmetic.arterialContent(haemoglobin: 8.2, saturation: 1, oxygenTension: 250,
                                                       constants: OxygenContentConstants(hufner: 1.34, dissolved: 0.0031))
        #expect(abs(variant - 11.763) < 0.0005)
        let kPa = OxygenArithmetic.arterialContent(haemoglobin: 8.2, saturation: 1, oxygenTension: 33.33 * 7.50062)
        #expect(abs(kPa - 11.74) < 0.005)
        let do2i = OxygenArithmetic.deliveryIndex(flowIndex: 4.5 / 1.977, content: 11.74)
        #expect(Int(do2i.rounded()) == 267)
        #expect(abs(OxygenArithmetic.delivery(flow: 4.5, content: 11.74) - 528.3) < 0.05)
    }

    @Test func bloodVolume() throws {
        #expect(BloodVolume.millilitresPerKilogram(ageMonths: 67 * 12, sex: .male).map { $0 * 82 } == 5740)
        #expect(BloodVolume.millilitresPerKilogram(ageMonths: 0, sex: .male).map { $0 * 3.5 } == 297.5)
        #expect(BloodVolume.millilitresPerKilogram(ageMonths: nil, sex: nil) == nil)
        let man = try #require(BloodVolume.nadler(sex: .male, heightMetres: 1.75, weightKilograms: 82))
        #expect(abs(man - 5210) < 5)
        let woman = try #require(BloodVolume.nadler(sex: .female, heightMetres: 1.65, weightKilograms: 60))
        #expect(abs(woman - 3770) < 5)
        #expect(BloodVolume.nadler(sex: .unknown, heightMetres: 1.7, weightKilograms: 70) == nil)
    }

    @Test func predictedBypassHaematocrit() throws {
        let plain = try #require(BloodVolume.predictedBypassHaematocrit(bloodVolume: 5740, preoperativeHct: 39, primeVolume: 1300))
        #expect(abs(plain - 31.8) < 0.05)
        let rap = try #require(BloodVolume.predictedBypassHaematocrit(bloodVolume: 5740, preoperativeHct: 39, primeVolume: 1300,
                                                                      autologousPrimeRemoved: 350))
        #expect(abs(rap - 33.5) < 0.05)
        let neonate = try #require(BloodVolume.predictedBypassHaematocrit(bloodVolume: 297.5, preoperativeHct: 45, primeVolume: 350))
        #expect(abs(neonate - 20.7) < 0.05)
    }
}
