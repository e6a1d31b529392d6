import PerfusioCore
import Testing
@testable import PerfusioMarkdown

@Suite struct EventPhraseTests {
    @Test(arguments: EventPhrases.table.map { [$0.phrase, $0.kind.rawValue] })
    func eachPhraseNamesItsKind(entry: [String]) {
        #expect(EventClassifier.kind(of: entry[0] + " 1") == EventKind(rawValue: entry[1]))
    }

    @Test func phrasesAreUniqueAndNormalised() {
        let phrases = EventPhrases.table.map(\.phrase)
        #expect(Set(phrases).count == phrases.count)
        #expect(phrases.allSatisfy { Phrase.normalise($0) == $0 })
    }

    @Test(arguments: [("X-clamp on", EventKind.crossClampOn), ("Cross clamp applied", .crossClampOn), ("ACC OFF", .crossClampOff),
                      ("Go on bypass", .bypassOn), ("Separation from bypass", .bypassOff), ("CP #3 antegrade", .cardioplegia),
                      ("DHCA start, no ACP", .circulatoryArrestStart), ("Hot shot 500 mL", .cardioplegia),
                      ("Oxygenator looked fine", .other), ("KCl 10 mmol", .drug), ("Zoledronate 4 mg", .drug)])
    func writtenVariants(text: String, kind: EventKind) {
        #expect(EventClassifier.kind(of: text) == kind)
    }

    @Test(arguments: DrugNames.table.map(\.spelling))
    func eachDrugIsADrugEvent(spelling: String) {
        let kind = EventClassifier.kind(of: spelling + " 5 mg")
        #expect(kind == .drug || EventPhrases.kind(startingWith: spelling) != nil)
        #expect(EventClassifier.details(kind, text: spelling + " 5 mg", circuit: Circuit()).dose == Quantity(5, .milligrams))
    }
}

@Suite struct EventDetailTests {
    private func details(_ text: String, circuit: Circuit = Circuit()) -> EventDetails {
        EventClassifier.details(EventClassifier.kind(of: text), text: text, circuit: circuit)
    }

    @Test func cardioplegiaDoseRouteSolutionVolumeTemperature() {
        let d = details("Cardioplegia #1 antegrade, 4:1 blood, 1000 mL at 8 °C")
        #expect(d == EventDetails(doseNumber: 1, solution: .blood, routes: [.antegrade], volume: Quantity(1000, .millilitres),
                                  temperature: Quantity(8, .celsius)))
    }

    @Test func cardioplegiaSolutionFromTheCircuit() {
        let circuit = Circuit(components: [LabeledText(label: "cardioplegia", text: "Custodiol HTK, single dose")])
        #expect(details("CP #2 retrograde 400 mL", circuit: circuit).solution == .custodiol)
        #expect(details("Cardioplegia del Nido 128 mL at 39.2 °F").temperature == Quantity(39.2, .fahrenheit))
    }

    @Test func arrestWithCerebralPerfusion() {
        #expect(details("DHCA start at 18 °C with ACP").cerebralPerfusion == .antegrade)
        #expect(details("Circ arrest, RCP").cerebralPerfusion == .retrograde)
        #expect(details("Circulatory arrest start without cerebral perfusion").cerebralPerfusion == CerebralPerfusion.none)
    }

    @Test func reliefNamesBothPeople() {
        let d = details("Relief: T. Ng takes over from J. Marsh")
        #expect(d.incoming == "T. Ng")
        #expect(d.outgoing == "J. Marsh")
    }

    @Test func actWithoutUnitIsSeconds() {
        #expect(details("ACT 480").value == Quantity(480, .seconds))
    }

    @Test func drugAgentAndDose() {
        let d = details("Noradrenaline 0.05 mcg/kg/min")
        #expect(d.agent == "Noradrenaline")
        #expect(d.dose == Quantity(0.05, .microgramsPerKilogramPerMinute, fractionDigits: 2))
    }
}

@Suite struct ColumnAliasTests {
    @Test(arguments: ColumnAliases.table.map { [$0.name, $0.parameter.rawValue] })
    func eachAliasWithItsCanonicalUnit(entry: [String]) throws {
        let parameter = try #require(Parameter(rawValue: entry[1]))
        let header = ParameterUnit(parameter: parameter, unit: parameter.canonicalUnit).header
            .replacingOccurrences(of: parameter.displayName, with: entry[0])
        let (column, diagnostic) = ReadingColumn.read(header, at: SourceLocation(file: "t", line: 1))
        #expect(column == .parameter(parameter, parameter.canonicalUnit))
        #expect(diagnostic == nil)
    }

    @Test(arguments: Parameter.allCases)
    func everyDisplayNameReadsBack(parameter: Parameter) {
        let header = ParameterUnit(parameter: parameter, unit: parameter.canonicalUnit).header
        #expect(ReadingColumn.read(header, at: SourceLocation(file: "t", line: 1)).0 == .parameter(parameter, parameter.canonicalUnit))
    }

    @Test(arguments: ["Flow L/min", "Flow (L/min)", "Flow [L/min]", "Pump flow (l/min)", "Q lpm", "flow  L/min"])
    func unitsAfterNameOrInBrackets(header: String) {
        #expect(ReadingColumn.read(header, at: SourceLocation(file: "t", line: 1)).0 == .parameter(.pumpFlow, .litresPerMinute))
    }

    @Test(arguments: ColumnAliases.defaultUnits.map { [$0.key.rawValue, $0.value.rawValue] })
    func unitlessHeaderGetsItsDefault(entry: [String]) throws {
        let p = try #require(Parameter(rawValue: entry[0])), unit = try #require(ClinicalUnit(rawValue: entry[1]))
        #expect(ReadingColumn.read(p.displayName, at: SourceLocation(file: "t", line: 1)).0 == .parameter(p, unit))
    }

    /// A parameter measured in each dimension, to try every unit spelling in a header.
    static let parameterFor: [Dimension: Parameter] = [
        .volumeFlow: .pumpFlow, .pressure: .map, .temperature: .arterialOutletTemperature, .fraction: .hct,
        .massConcentration: .hb, .molarConcentration: .lactate, .time: .act, .rotationRate: .pumpSpeed,
        .cellCount: .platelets, .heparinConcentration: .antiXa, .volume: .urineOutput,
    ]

    @Test(arguments: UnitSpellings.table.map { [$0.key, $0.value.rawValue] })
    func eachUnitSpellingInAHeader(entry: [String]) throws {
        let unit = try #require(ClinicalUnit(rawValue: entry[1]))
        guard let parameter = Self.parameterFor[unit.dimension] else { return }
        let (column, diagnostic) = ReadingColumn.read("\(parameter.displayName) (\(entry[0]))", at: SourceLocation(file: "t", line: 1))
        #expect(column == .parameter(parameter, unit))
        #expect(diagnostic == nil)
    }
}

@Suite struct SectionAndFluidPhraseTests {
    @Test(arguments: LogSection.synonyms.map { [$0.heading, $0.section.rawValue] })
    func eachSectionHeading(entry: [String]) {
        #expect(LogSection.named(entry[0].capitalizedFirst) == LogSection(rawValue: entry[1]))
    }

    @Test(arguments: FluidPhrases.fluids.map { [$0.phrase, $0.kind.rawValue] })
    func eachFluidPhrase(entry: [String]) throws {
        let record = try #require(readLog(minimalHeader + "## Fluids\n\n- \(entry[0].capitalizedFirst): 100 mL\n").record)
        #expect(record.fluids.map(\.kind) == [FluidKind(rawValue: entry[1])!])
        #expect(record.fluids.first?.volume == Quantity(100, .millilitres))
    }

    @Test(arguments: FluidPhrases.bloodProducts.map { [$0.phrase, $0.kind.rawValue] })
    func eachBloodProductPhrase(entry: [String]) throws {
        let record = try #require(readLog(minimalHeader + "## Blood products\n\n- \(entry[0].capitalizedFirst): 2 units (09:40)\n").record)
        let expected = BloodProduct(product: BloodProductKind(rawValue: entry[1])!, units: 2,
                                    time: CaseTime(iso: "2026-01-01 09:40"), text: "\(entry[0].capitalizedFirst): 2 units (09:40)")
        #expect(record.bloodProducts.map { var b = $0; b.origin = nil; return b } == [expected])
    }

    @Test func bloodProductsNoneAndInPrime() throws {
        let text = minimalHeader + "## Fluids\n\n- Blood products: none\n- Blood products on CPB: FFP 250 mL (in prime)\n"
        let record = try #require(readLog(text).record)
        #expect(record.noBloodProducts)
        #expect(record.bloodProducts.map(\.inPrime) == [true])
        #expect(record.bloodProducts.first?.volume == Quantity(250, .millilitres))
    }

    @Test func cardioplegiaCrystalloidFraction() throws {
        let record = try #require(readLog(minimalHeader + "## Fluids\n\n- Cardioplegia total: 2300 mL (crystalloid fraction 460 mL)\n").record)
        #expect(record.fluids.first?.crystalloidPart == Quantity(460, .millilitres))
    }
}

@Suite struct TeamTests {
    @Test(arguments: FrontMatterKeys.teamRoles.map { [$0.key, $0.role.rawValue] })
    func eachTeamKey(entry: [String]) throws {
        let record = try #require(readLog("---\ncase_id: T\nkind: cpb\ndate: 2026-01-01\nteam:\n  \(entry[0]): A. Person\n---\n").record)
        #expect(record.team.map(\.role) == [TeamRole(rawValue: entry[1])!])
    }

    @Test func shortFormsAndOtherRoles() throws {
        let text = "---\ncase_id: T\nkind: cpb\ndate: 2026-01-01\nteam:\n  perfusionist: J. Marsh CCP\n"
            + "  second_perfusionist: T. Ng (student)\n  observer: P. Q (student, observed)\n"
            + "  student: R. S (supervised by J. Marsh)\n  scrub_nurse: K. L RN\n  cardiologist: [A. B, C. D]\n---\n"
        let record = try #require(readLog(text).record)
        #expect(record.team.map { var m = $0; m.origin = nil; return m } == [
            TeamMember(role: .primaryPerfusionist, name: "J. Marsh", credentials: "CCP"),
            TeamMember(role: .studentPerformed, name: "T. Ng"),
            TeamMember(role: .studentObserved, name: "P. Q"),
            TeamMember(role: .studentPerformed, name: "R. S", supervisor: "J. Marsh"),
            TeamMember(role: .nurse, name: "K. L", credentials: "RN"),
            TeamMember(role: .other, name: "A. B", roleLabel: "cardiologist"),
            TeamMember(role: .other, name: "C. D", roleLabel: "cardiologist"),
        ])
    }
}
