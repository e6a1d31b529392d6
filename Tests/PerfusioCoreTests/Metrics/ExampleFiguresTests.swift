import Testing
import PerfusioCore
import PerfusioTestSupport

/// The figures `Tests/Fixtures/examples/README.md` lists, from hand-built records of those logs.
@Suite struct ExampleFiguresTests {
    @Test func adultCABG() throws {
        let f = CaseFigures(record: try ExampleRecords.adultCABG())
        #expect(f.bypassMinutes == 109)
        #expect(f.crossClampMinutes == 73)
        #expect(f.circulatoryArrestMinutes == 0)
        #expect(f.ecmoMinutes == nil)
        #expect(f.bodySurfaceArea?.formula == .dubois)
        #expect(NumberFormatting.fixed(try #require(f.bodySurfaceArea).squareMetres, digits: 2) == "1.98")
        #expect(NumberFormatting.fixed(try #require(f.bodySurfaceAreaByFormula[.mosteller]), digits: 2) == "2.00")
        #expect(f.lowestHaematocrit?.formatted == "24 %")
        #expect(f.lowestHaematocrit?.time.timeOfDay.description == "09:35")
        #expect(f.lowestHaemoglobin?.formatted == "8.2 g/dL")
        #expect(f.lowestTemperatureBySite[.arterialOutletTemperature]?.formatted == "33.6 °C")
        #expect(f.lowestTemperatureBySite[.arterialOutletTemperature]?.time.timeOfDay.description == "09:05")
        #expect(f.lowestTemperature?.parameter == .arterialOutletTemperature)
        #expect(f.nadirOxygenDeliveryIndex?.formatted == "267 mL/min/m²")
        #expect(f.nadirOxygenDeliveryIndex?.time.timeOfDay.description == "09:35")
        #expect(f.nadirOxygenDeliveryIndex?.location == SourceLocation(file: "adult-cabg.md", line: 78, column: 1))
        #expect(f.peakGlucose?.formatted == "184 mg/dL")
        #expect(f.peakLactate?.formatted == "2.1 mmol/L")
        #expect(f.cardioplegiaDoses.count == 4)
        #expect(f.cardioplegiaVolume == 2300)
        #expect(f.cardioplegiaDoses.map(\.minutesSincePrevious) == [nil, 20, 20, 22])
        #expect(f.cardioplegiaDoses.map(\.solution) == [.blood, .blood, .blood, .blood])
        #expect(f.fluidBalance?.balance == 1080)
        #expect(abs(try #require(f.heparinLoadingPerKilogram) - 304.88) < 0.01)
        #expect(abs(try #require(f.targetFlow) - 4.744) < 0.001)
        #expect(f.estimatedBloodVolume == 5740)
        #expect(abs(try #require(f.predictedBypassHaematocrit) - 33.46) < 0.01)
        #expect(abs(try #require(f.urineOutputRate) - 2.55) < 0.01)
        #expect(f.lowMeanArterialPressure == ThresholdExposure(threshold: 50, minutes: 15, area: 30, interpolation: .step))
        #expect(f.oxygenDeliveryDeficit?.minutes == 15)
        #expect(f.assumptions == ["BSA by DuBois (DuBois at 18 years or older, Haycock below)."])
    }

    @Test func adultWeaningReadingIsNotFullFlow() throws {
        let f = CaseFigures(record: try ExampleRecords.adultCABG())
        let weaning = try #require(f.oxygenDelivery.last)
        #expect(weaning.time.timeOfDay.description == "10:35")
        #expect(!weaning.isFullFlow)
        #expect(try #require(weaning.deliveryIndex) < 267)
    }

    @Test func paediatricVSD() throws {
        let record = try ExampleRecords.paediatricVSD()
        let f = CaseFigures(record: record)
        #expect(f.bypassMinutes == 84)
        #expect(f.crossClampMinutes == 58)
        #expect(f.bodySurfaceArea?.formula == .haycock)
        #expect(NumberFormatting.fixed(try #require(f.bodySurfaceArea).squareMetres, digits: 2) == "0.35")
        let po2 = try #require(record.readings.first?.value(.po2))
        #expect(Int(po2.rounded()) == 248)
        #expect(f.lowestTemperature?.formatted == "32.1 °C")
        #expect(f.lowestTemperature?.parameter == .nasopharyngealTemperature)
        #expect(f.lowestHaemoglobin?.formatted == "9.4 g/dL")
        #expect(f.lowestHaematocrit == nil)
        #expect(f.cardioplegiaDoses.count == 1)
        #expect(f.cardioplegiaVolume == 128)
        #expect(f.predictedBypassHaematocrit == nil)
        #expect(f.fluidBalance?.balance == 221)
        #expect(abs(try #require(f.heparinLoadingPerKilogram) - 406.25) < 0.01)
        #expect(f.peakGlucose.map { Int($0.value.rounded()) } == 155)
    }

    @Test func vaECMO() throws {
        let f = CaseFigures(record: try ExampleRecords.vaECMO())
        #expect(f.ecmoMinutes == 65 * 60 + 38)
        #expect(f.bypassMinutes == nil)
        #expect(f.circulatoryArrestMinutes == nil)
        #expect(f.crossClampMinutes == nil)
        #expect(f.nadirOxygenDeliveryIndex == nil)
        #expect(f.cardioplegiaVolume == nil)
        #expect(f.peakLactate?.formatted == "8.2 mmol/L")
        #expect(f.fluidBalance == nil)
        #expect(f.heparinLoadingPerKilogram.map { Int($0.rounded()) } == 71)
    }
}
