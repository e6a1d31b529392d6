import PerfusioCore
import Testing
@testable import PerfusioLogbook

@Suite struct StaffListLoaderTests {
    private let good = """
        site: St Example
        staff:
          - id: jmarsh
            name: Jane Marsh
            aliases: [J. Marsh]
            certifications:
              - {credential: CCP, body: ABCP, since: 2014-09-20}
          - id: tng
            name: Thomas Ng
            aliases: [T. Ng]
            student: true

        """

    @Test func aStaffListLoads() throws {
        let list = try StaffListLoader.load(good, file: "staff.yaml").get()
        #expect(list.site == "St Example")
        #expect(list.members.map(\.id) == ["jmarsh", "tng"])
        #expect(list.resolve("j marsh") == .member("jmarsh"))
        #expect(list.resolve("Thomas Ng") == .member("tng"))
        #expect(list.resolve("T. Nguyen") == .unknown)
        #expect(list.member("jmarsh")?.isCertified(on: CaseDate(iso: "2014-09-20")!) == true)
        #expect(list.member("jmarsh")?.isCertified(on: CaseDate(iso: "2014-09-19")!) == false)
        #expect(list.member("tng")?.isStudent == true)
    }

    @Test func aBadDateAndATwiceUsedIdAreRefusedWithTheirLines() {
        let bad = good.replacingOccurrences(of: "since: 2014-09-20", with: "since: 2014-13-20")
            .replacingOccurrences(of: "id: tng", with: "id: jmarsh")
        guard case .failure(let failure) = StaffListLoader.load(bad, file: "staff.yaml") else { Issue.record("accepted"); return }
        #expect(failure.diagnostics == [
            LogbookDiagnostics.invalidStaff("`since` in a certification must be a date yyyy-MM-dd, found `2014-13-20`",
                                            at: SourceLocation(file: "staff.yaml", line: 7, column: 46)),
            LogbookDiagnostics.invalidStaff("the staff id `jmarsh` is used twice", at: SourceLocation(file: "staff.yaml", line: 8, column: 9)),
        ])
    }
}
