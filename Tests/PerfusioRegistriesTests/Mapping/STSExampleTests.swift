import PerfusioCore
import PerfusioMarkdown
import PerfusioTestSupport
import Testing
@testable import PerfusioRegistries

/// The STS rows of the shared examples hold the figures `Tests/Fixtures/examples/README.md` gives.
@Suite struct STSExampleTests {
    static func row(_ example: String) throws -> [String: String] {
        let sts = try RegistryTestSupport.profile("sts-acsd")
        let result = LogReader().read(try Fixtures.bytes(Fixtures.example(example)), from: example)
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
