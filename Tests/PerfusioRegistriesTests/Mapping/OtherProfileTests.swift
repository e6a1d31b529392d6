import Foundation
import PerfusioCore
import PerfusioMarkdown
import PerfusioTestSupport
import Testing
@testable import PerfusioRegistries

/// The PERForm, ANZCPR and ELSO rows of the examples hold the figures the examples' README gives.
@Suite struct OtherProfileTests {
    static func row(_ profileID: String, _ file: URL, mode: DeidentificationMode = .deidentified) throws -> (cells: [String: String], issues: [Diagnostic]) {
        let profile = try RegistryTestSupport.profile(profileID)
        let record = try #require(LogReader().read(try Fixtures.bytes(file), from: file.lastPathComponent).record)
        let row = RowBuilder(profile: profile, mode: mode)
            .row(for: record, figures: RegistryFigures(record: record), caseIdentifier: "P-x", file: file.lastPathComponent)
        var cells: [String: String] = [:]
        for (column, cell) in zip(profile.columns, row.cells) { cells[column] = cell.text }
        return (cells, row.issues)
    }

    @Test func performHoldsThePublishedMeasures() throws {
        let (c, issues) = try Self.row("amsect-perform", Fixtures.example("adult-cabg.md"))
        #expect(c["LowestHctCPB"] == "24.0")
        #expect(c["NadirDO2i"] == "267")
        #expect(c["PeakGlucose"] == "184")
        #expect(c["MaxArterialOutletTemp"] == "37.0")
        #expect(c["RBCOnCPB"] == "No")
        #expect(c["RAPUsed"] == "Yes")
        #expect(c["RAPVolume"] == "350")
        #expect(c["UltrafiltrationUsed"] == "Yes")
        #expect(c["PreBypassACT"] == "556")
        #expect(c["ChecklistUsed"] == "Yes")
        #expect(c["BSA"] == "1.98")
        #expect(c["SurgeryDate"] == "2026")
        #expect(issues.isEmpty)
    }

    @Test func anzcprFlagsGlucoseAboveTheQualityIndicator() throws {
        let (c, issues) = try Self.row("anzcpr", Fixtures.example("adult-cabg.md"))
        #expect(c["glucose_max_mmol"] == "10.2")
        #expect(c["pco2_min"] == "37")
        #expect(c["pco2_max"] == "43")
        #expect(c["urgency"] == "elective")
        #expect(issues.map(\.id) == ["registry.field.unusual"])
        #expect(issues.map(\.message) == ["glucose_max_mmol: 10.2 mmol/L is outside the usual range 4–10"])
    }

    @Test func elsoRunTimeAndDeidentifiedTimes() throws {
        let (c, _) = try Self.row("elso", Fixtures.example("va-ecmo-run.md"))
        #expect(c["RunMinutes"] == "3938")
        #expect(c["Mode"] == "VA")
        #expect(c["StartTime"] == "2026")
        #expect(c["BirthDate"] == "1971")
        #expect(c["CircuitChanges"] == "1")
        #expect(c["RBCUnits"] == "2")
        #expect(c["CryoUnits"] == "10")
        let identified = try Self.row("elso", Fixtures.example("va-ecmo-run.md"), mode: .identified).cells
        #expect(identified["StartTime"] == "2026-05-02T21:52")
        #expect(identified["StopTime"] == "2026-05-05T15:30")
    }

    @Test func elsoTakesVenoVenousRuns() throws {
        let (c, issues) = try Self.row("elso", Fixtures.sample("vv-ecmo-ards.md"))
        #expect(c["Mode"] == "VV")
        #expect(c["ArterialCannulaSite"] == nil)
        #expect(issues.isEmpty)
    }
}
