import Foundation
import PerfusioCore
import PerfusioMarkdown
import PerfusioTestSupport
import Testing
@testable import PerfusioRegistries

/// The STS rows of the shared examples hold the figures `Tests/Fixtures/examples/README.md` gives.
@Suite struct STSExampleTests {
    static func row(_ example: String, in folder: (String) -> URL = Fixtures.example) throws -> [String: String] {
        let sts = try RegistryTestSupport.profile("sts-acsd")
        let result = LogReader().read(try Fixtures.bytes(folder(example)), from: example)
        let record = try #require(result.record)
        let row = RowBuilder(profile: sts, mode: .deidentified)
            .row(for: record, figures: RegistryFigures(record: record), caseIdentifier: "P-x", file: example)
        var cells: [String: String] = [:]
        for (column, cell) in zip(sts.columns, row.cells) { cells[column] = cell.text }
        return cells
    }

    @Test func adultCPBMinutes() throws { #expect(try Self.row("adult-cabg.md")["PerfusTm"] == "109") }
    @Test func adultCrossClampMinutes() throws { #expect(try Self.row("adult-cabg.md")["XClampTm"] == "73") }
    @Test func adultLowestTemperature() throws {
        let row = try Self.row("adult-cabg.md")
        #expect(row["LwstTemp"] == "33.6")
        #expect(row["LwstTempSrc"] == "Blood")
    }
    @Test func adultLowestHaematocrit() throws { #expect(try Self.row("adult-cabg.md")["LwstHct"] == "24.0") }
    @Test func adultLowestHaemoglobin() throws { #expect(try Self.row("adult-cabg.md")["LwstIntraHemo"] == "8.2") }
    @Test func adultPeakGlucose() throws { #expect(try Self.row("adult-cabg.md")["HighIntraGlu"] == "184") }
    @Test func adultNoBloodProducts() throws {
        let row = try Self.row("adult-cabg.md")
        #expect(row["IBldProd"] == "No")
        #expect(row["IBdRBCU"] == nil)
    }
    @Test func adultCardioplegiaAndCannulae() throws {
        let row = try Self.row("adult-cabg.md")
        #expect(row["CplegiaDeliv"] == "Both")
        #expect(row["CplegiaType"] == "Blood")
        #expect(row["CanArtStAort"] == "Yes")
        #expect(row["CanVenStRtA"] == "Yes")
        #expect(row["CanVenStBi"] == "No")
        #expect(row["CircArr"] == "No")
        #expect(row["HemofilPerf"] == "900")
    }

    @Test func paediatricCPBAndCrossClampMinutes() throws {
        let row = try Self.row("paediatric-vsd.md")
        #expect(row["PerfusTm"] == "84")
        #expect(row["XClampTm"] == "58")
    }
    @Test func paediatricLowestTemperature() throws {
        let row = try Self.row("paediatric-vsd.md")
        #expect(row["LwstTemp"] == "32.1")
        #expect(row["LwstTempSrc"] == "Nasopharyngeal")
    }
    @Test func paediatricLowestHaemoglobinFromGramsPerLitre() throws {
        #expect(try Self.row("paediatric-vsd.md")["LwstIntraHemo"] == "9.4")
    }
    @Test func paediatricRedCellsInPrimeAsAVolumeAreNotCountedAsUnits() throws {
        let row = try Self.row("paediatric-vsd.md")
        #expect(row["IBldProd"] == "Yes")
        #expect(row["IBdRBCU"] == nil)
        #expect(row["CplegiaType"] == "del Nido")
        #expect(row["CanVenStBi"] == "Yes")
    }
}

/// The STS rows of `samples/`: circulatory arrest with cerebral perfusion, °F temperatures, blood products.
@Suite struct STSSampleTests {
    static func row(_ sample: String) throws -> [String: String] { try STSExampleTests.row(sample, in: Fixtures.sample) }

    @Test func dissectionCPBAndCrossClampMinutes() throws {
        let row = try Self.row("adult-aortic-dissection-overnight.md")
        #expect(row["PerfusTm"] == "179")
        #expect(row["XClampTm"] == "105")
    }
    @Test func dissectionCirculatoryArrestWithCerebralPerfusion() throws {
        let row = try Self.row("adult-aortic-dissection-overnight.md")
        #expect(row["CircArr"] == "Yes")
        #expect(row["TotCircArrTm"] == "37")
        #expect(row["DHCATm"] == "0")
        #expect(row["CPerfUtil"] == "Yes")
        #expect(row["CPerfTime"] == "37")
        #expect(row["CPerfTyp"] == "Antegrade")
    }
    @Test func dissectionLowestTemperatureAndHaematocrit() throws {
        let row = try Self.row("adult-aortic-dissection-overnight.md")
        #expect(row["LwstTemp"] == "20.0")
        #expect(row["LwstHct"] == "24.0")
    }
    @Test func dissectionBloodProductCounts() throws {
        let row = try Self.row("adult-aortic-dissection-overnight.md")
        #expect(row["IBldProd"] == "Yes")
        #expect(row["IBdRBCU"] == "0")
        #expect(row["IBdFFPU"] == "4")
        #expect(row["IBdPlatU"] == "2")
        #expect(row["IBdCryoU"] == "10")
    }
    @Test func fahrenheitLowestTemperatureIsWrittenInCelsius() throws {
        let row = try Self.row("adult-cpb-fahrenheit.md")
        #expect(row["LwstTemp"] == "33.9")
        #expect(row["PerfusTm"] == "137")
        #expect(row["XClampTm"] == "104")
        #expect(row["LwstHct"] == "25.0")
        #expect(row["HighIntraGlu"] == "192")
        #expect(row["IBldProd"] == "No")
    }
}
