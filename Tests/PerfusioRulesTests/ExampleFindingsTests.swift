import Testing
import PerfusioCore
import PerfusioRules
import PerfusioTestSupport
import PerfusioMarkdown

/// The findings `Tests/Fixtures/examples/README.md` lists, from the shipped packs: for each example both the
/// Markdown reader's record of the file and the hand-built record must give them.
@Suite struct ExampleFindingsTests {
    /// The example read by the Markdown reader, and built by hand.
    static func records(_ file: String, _ inline: () throws -> PerfusionCase) throws -> [PerfusionCase] {
        let read = LogReader().read(try Fixtures.bytes(Fixtures.example(file)), from: file)
        #expect(read.diagnostics.filter { $0.severity == .error } == [])
        return [try #require(read.record), try inline()]
    }

    static func findings(_ file: String, _ inline: () throws -> PerfusionCase) throws -> [[Diagnostic]] {
        let engine = RuleEngine(rules: try ShippedPacks.load())
        return try records(file, inline).map { engine.check($0) }
    }

    @Test func adultCABG() throws {
        for findings in try Self.findings("adult-cabg.md", ExampleRecords.adultCABG) {
            #expect(ShippedPacks.summary(findings) == [
                "adult.map.low warning 78:24",
                "adult.do2i.low warning 78:1",
                "adult.glucose.high warning 80:180",
                "adult.cardioplegia.interval warning 60:3",
                "adult.checklist.unticked warning 101:1",
            ])
            #expect(findings.map(\.message) == [
                "MAP 48 mmHg below 50 mmHg on bypass",
                "DO2i 267 mL/min/m² below 272 mL/min/m² on full-flow bypass",
                "glucose 184 mg/dL above 180 mg/dL",
                "cardioplegia #4 given 22 min after the previous dose (#3), beyond the 20 min redose interval for blood cardioplegia",
                "checklist item not ticked: Cardioplegia line pressure alarm tested",
            ])
            #expect(findings.first?.source == "EACTS/EACTA/EBCP 2019")
            #expect(findings.first?.finding?.value == "48 mmHg")
            #expect(findings.first?.finding?.threshold == "50 mmHg")
            #expect(findings.first?.finding?.time?.timeOfDay.description == "09:35")
        }
    }

    /// No adult MAP finding for a 7-month-old, no del Nido redose at 58 min of cross-clamp; only the weight-based
    /// flow note for the 700 mL/min reading (109 mL/kg/min) five minutes before CPB off.
    @Test func paediatricVSDHasNoAdultFindingsAndNoRedose() throws {
        for findings in try Self.findings("paediatric-vsd.md", ExampleRecords.paediatricVSD) {
            #expect(ShippedPacks.summary(findings) == ["paed.flow.low note 66:1"])
            #expect(findings.map(\.message) == ["flow 109 mL/kg/min below 125 mL/kg/min for the patient's weight on full-flow bypass"])
        }
    }

    @Test func vaECMO() throws {
        for findings in try Self.findings("va-ecmo-run.md", ExampleRecords.vaECMO) {
            #expect(ShippedPacks.summary(findings) == [
                "ecmo.antixa.low warning 50:170",
                "ecmo.fibrinogen.low warning 55:203",
                "ecmo.oxygenator.dp warning 55:1",
                "ecmo.lactate.high warning 49:186",
            ])
            #expect(findings.map(\.message) == [
                "anti-Xa 0.21 IU/mL below target 0.3 IU/mL at 2026-05-03 02:00",
                "fibrinogen 1.3 g/L below 1.5 g/L at 2026-05-04 08:00",
                "oxygenator pressure drop 77 mmHg at 2026-05-04 08:00, at least 2 times its baseline 28 mmHg (2026-05-02 22:00)",
                "lactate 8.2 mmol/L above 4 mmol/L at 2026-05-02 22:00",
            ])
            #expect(findings[2].related == [SourceLocation(file: "va-ecmo-run.md", line: 49, column: 1)])
        }
    }

    /// The README's figures from the reader's records (the hand-built ones are checked in PerfusioCoreTests).
    @Test func figuresFromTheFiles() throws {
        let adult = CaseFigures(record: try Self.records("adult-cabg.md", ExampleRecords.adultCABG)[0])
        #expect([adult.bypassMinutes, adult.crossClampMinutes] == [109, 73])
        #expect(adult.nadirOxygenDeliveryIndex?.formatted == "267 mL/min/m²")
        #expect(adult.lowestHaematocrit?.formatted == "24 %")
        #expect(adult.lowestTemperatureBySite[.arterialOutletTemperature]?.formatted == "33.6 °C")
        #expect(adult.fluidBalance?.balance == 1080)
        let paed = CaseFigures(record: try Self.records("paediatric-vsd.md", ExampleRecords.paediatricVSD)[0])
        #expect([paed.bypassMinutes, paed.crossClampMinutes] == [84, 58])
        #expect(paed.bodySurfaceArea.map { NumberFormatting.fixed($0.squareMetres, digits: 2) } == "0.35")
        let ecmo = CaseFigures(record: try Self.records("va-ecmo-run.md", ExampleRecords.vaECMO)[0])
        #expect(ecmo.ecmoMinutes == 65 * 60 + 38)
    }
}
