import CSV
import Foundation
import Perfusio
import Testing
@testable import PerfusioLogbook

/// The CSV opens as one table: RFC 4180, a header row, the same number of fields in every row.
@Suite struct LogbookCSVTests {
    private func parse(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test func aPersonsCSVParsesBackAsOneTable() throws {
        let text = try #require(try DepartmentSample.run(person: "pandrade", format: .csv).text)
        let rows = try parse(text)
        #expect(rows.first == LogbookCSV.personHeader)
        #expect(rows.allSatisfy { $0.count == LogbookCSV.personHeader.count })
        let json = try #require(try DepartmentSample.run(person: "pandrade", format: .json).text)
        let rowCount = try #require(json.components(separatedBy: "\"number\" : ").count) - 1
        #expect(rows.count == rowCount + 1)
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func theDepartmentCSVParsesBackAsOneTable() throws {
        let rows = try parse(try #require(try DepartmentSample.run(person: nil, format: .csv).text))
        #expect(rows.first == LogbookCSV.departmentHeader)
        #expect(rows.count == DepartmentSample.people.count + 1)
        #expect(rows.allSatisfy { $0.count == LogbookCSV.departmentHeader.count })
    }

    @Test func quotesCommasAndFormulasSurviveTheRoundTrip() throws {
        var record = InlineCases.cpb("C1", team: [(.primaryPerfusionist, "Marsh, \"Jane\"")])
        record.header.institution = "=HYPERLINK(\"x\")"
        let logbook = InlineCases.build([record])
        let view = PersonLogbookView(logbook.entry(for: logbook.people[0]), site: "S", asOf: InlineCases.date("2026-01-01"))
        let rows = try parse(try LogbookCSV.person(view))
        #expect(rows.count == 2)
        #expect(rows[1][2] == "'=HYPERLINK(\"x\")")
        #expect(rows[1][5] == "perfusionist")
    }
}
