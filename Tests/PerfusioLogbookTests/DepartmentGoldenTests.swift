import Foundation
import Perfusio
import PerfusioTestSupport
import Testing

/// Each person's logbook and the department summary over `samples/department/`, as golden files.
@Suite struct DepartmentGoldenTests {
    static let golden = "Tests/PerfusioLogbookTests/Golden"

    @Test func theSampleHasTheYearTheIssueAsksFor() {
        let records = DepartmentSample.records
        #expect(records.count == DepartmentSample.inputs.count)
        #expect(records.count >= 60)
        #expect(Set(records.map(\.header.kind)).count >= 6)
    }

    @Test(arguments: DepartmentSample.people) func eachPersonsLogbook(_ person: String) throws {
        let result = try DepartmentSample.run(person: person, format: .markdown)
        #expect(result.status == .success)
        let text = try #require(result.text)
        if let failure = Golden.check(text, against: "\(Self.golden)/\(person).md") { Issue.record(Comment(rawValue: failure)) }
    }

    @Test(arguments: [LogbookFormat.html, .csv, .json]) func oneLogbookInEveryFormat(_ format: LogbookFormat) throws {
        let text = try #require(try DepartmentSample.run(person: "klindqvist", format: format).text)
        if let failure = Golden.check(text, against: "\(Self.golden)/klindqvist.\(format.fileExtension)") {
            Issue.record(Comment(rawValue: failure))
        }
    }

    @Test(arguments: LogbookFormat.allCases) func theDepartmentSummary(_ format: LogbookFormat) throws {
        let text = try #require(try DepartmentSample.run(person: nil, format: format).text)
        if let failure = Golden.check(text, against: "\(Self.golden)/department.\(format.fileExtension)") {
            Issue.record(Comment(rawValue: failure))
        }
    }

    @Test func theStudentsExamEligibility() throws {
        let text = try #require(try DepartmentSample.run(person: "tng", profile: "abcp-exam-eligibility", format: .markdown).text)
        if let failure = Golden.check(text, against: "\(Self.golden)/tng-exam-eligibility.md") { Issue.record(Comment(rawValue: failure)) }
    }
}
