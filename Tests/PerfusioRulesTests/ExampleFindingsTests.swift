import Testing
import PerfusioCore
import PerfusioRules
import PerfusioTestSupport

/// The findings `Tests/Fixtures/examples/README.md` lists, from the shipped packs.
@Suite struct ExampleFindingsTests {
    @Test func adultCABG() throws {
        let findings = RuleEngine(rules: try ShippedPacks.load()).check(try ExampleRecords.adultCABG())
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

    @Test func paediatricVSDHasNoAdultFindingsAndNoRedose() throws {
        let findings = RuleEngine(rules: try ShippedPacks.load()).check(try ExampleRecords.paediatricVSD())
        #expect(ShippedPacks.summary(findings) == [])
    }

    @Test func vaECMO() throws {
        let findings = RuleEngine(rules: try ShippedPacks.load()).check(try ExampleRecords.vaECMO())
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
