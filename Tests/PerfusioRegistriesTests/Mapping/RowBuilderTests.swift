import PerfusioCore
import Testing
@testable import PerfusioRegistries

@Suite struct RowBuilderTests {
    let sts: RegistryProfile

    init() throws { sts = try RegistryTestSupport.profile("sts-acsd") }

    func row(_ mode: DeidentificationMode, record: PerfusionCase = RegistryTestSupport.record(),
             figures: RegistryFigures = RegistryTestSupport.figures()) -> CaseRow {
        RowBuilder(profile: sts, mode: mode).row(for: record, figures: figures, caseIdentifier: "P-0011223344556677", file: "case.md")
    }

    func cells(_ row: CaseRow) -> [String: String] {
        var out: [String: String] = [:]
        for (column, cell) in zip(sts.columns, row.cells) { out[column] = cell.text }
        return out
    }

    @Test func identifiedRowHoldsIdentifiersAndFigures() {
        let c = cells(row(.identified))
        #expect(c["RecordID"] == "P-0011223344556677")
        #expect(c["PatLName"] == "Example")
        #expect(c["PatFName"] == "Harold")
        #expect(c["MedRecN"] == "00482913")
        #expect(c["DOB"] == "1958-07-02")
        #expect(c["SurgDt"] == "2026-03-14")
        #expect(c["Age"] == "67")
        #expect(c["PerfusTm"] == "109")
        #expect(c["XClampTm"] == "73")
        #expect(c["LwstTemp"] == "33.6")
        #expect(c["LwstTempSrc"] == "Blood")
        #expect(c["LwstHct"] == "24.0")
        #expect(c["CanArtStAort"] == "Yes")
        #expect(c["CanArtStFem"] == "No")
        #expect(c["CanVenStRtA"] == "Yes")
        #expect(c["IBldProdRef"] == "No")
        #expect(c["IBldProd"] == "Yes")
        #expect(c["IBdRBCU"] == "2")
        #expect(c["IBdFFPU"] == "0")
        #expect(c["DHCATm"] == nil)
    }

    @Test func deidentifiedRowDropsIdentifiersAndKeepsYears() {
        let r = row(.deidentified)
        let c = cells(r)
        #expect(c["PatLName"] == nil)
        #expect(c["PatFName"] == nil)
        #expect(c["MedRecN"] == nil)
        #expect(c["DOB"] == "1958")
        #expect(c["SurgDt"] == "2026")
        #expect(c["Age"] == "67")
        #expect(c["IBldProdRef"] == "No")
        let status = Dictionary(uniqueKeysWithValues: zip(sts.columns, r.cells.map(\.status)))
        #expect(status["MedRecN"] == .withheld)
        #expect(r.issues.isEmpty)
    }

    @Test func agesFromNinetyAreGroupedAndBirthDateRemoved() {
        let c = cells(row(.deidentified, record: RegistryTestSupport.record(dob: "1935-01-20")))
        #expect(c["Age"] == "90+")
        #expect(c["DOB"] == nil)
        let identified = cells(row(.identified, record: RegistryTestSupport.record(dob: "1935-01-20")))
        #expect(identified["Age"] == "91")
    }

    @Test func crossClampLongerThanBypassIsInconsistent() {
        let r = row(.deidentified, figures: RegistryTestSupport.figures(cpb: 60, crossClamp: 73))
        var expected = Diagnostic(id: "registry.field.inconsistent", severity: .error,
                                  message: "XClampTm 73 must be <= PerfusTm 60 [sts.xclamp.exceeds-perfusion]",
                                  location: SourceLocation(file: "case.md", line: 43, column: 1),
                                  path: "/sts-acsd/P-0011223344556677/XClampTm")
        expected.related = [SourceLocation(file: "case.md", line: 40, column: 1)]
        #expect(r.issues == [expected])
        #expect(r.isHeldOut)
    }

    @Test func valueOutsideHardLimitsHoldsTheCaseOut() {
        let r = row(.deidentified, figures: RegistryTestSupport.figures(lowestHct: 240))
        #expect(r.issues == [Diagnostic(id: "registry.field.out-of-range", severity: .error,
                                        message: "LwstHct: 240 % is outside the limits 1–99.99",
                                        location: SourceLocation(file: "case.md", line: 54, column: 1),
                                        path: "/sts-acsd/P-0011223344556677/LwstHct")])
        #expect(cells(row(.deidentified, figures: RegistryTestSupport.figures(lowestHct: 240)))["LwstHct"] == nil)
    }

    @Test func missingRequiredFieldIsAWarningAtTheHeader() {
        var figures = RegistryTestSupport.figures()
        figures.values["lowest_hb"] = nil
        let r = row(.deidentified, figures: figures)
        #expect(r.issues == [Diagnostic(id: "registry.field.missing", severity: .warning,
                                        message: "LwstIntraHemo (Lowest intra-operative haemoglobin, g/dL): no value in the record",
                                        location: SourceLocation(file: "case.md", line: 2, column: 1),
                                        path: "/sts-acsd/P-0011223344556677/LwstIntraHemo")])
        #expect(!r.isHeldOut)
    }

    @Test func childOfAFailedParentIsEmptyAndNotMissing() {
        var figures = RegistryTestSupport.figures()
        figures.values["cross_clamp_used"] = SourceValue(.flag(false))
        figures.values["cross_clamp_minutes"] = nil
        let r = row(.deidentified, figures: figures)
        let c = cells(r)
        #expect(c["AortOccl"] == "None")
        #expect(c["XClampTm"] == nil)
        #expect(r.cells[sts.columns.firstIndex(of: "XClampTm")!].status == .notApplicable)
        #expect(r.issues.isEmpty)
    }

    @Test func uncodedValueQuotesItOnlyWhenSafe() {
        var figures = RegistryTestSupport.figures()
        figures.values["cardioplegia_delivery"] = SourceValue(.text("sideways"), at: SourceLocation(file: "case.md", line: 30, column: 1))
        let r = row(.deidentified, figures: figures)
        #expect(r.issues.map(\.message) == ["CplegiaDeliv: the value 'sideways' cannot be written as one of None, Antegrade, Retrograde, Both"])
        #expect(r.issues.map(\.id) == ["registry.field.uncoded"])
    }
}
