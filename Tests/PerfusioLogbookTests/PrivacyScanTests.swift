import Foundation
import Perfusio
import PerfusioCore
import Testing

/// No logbook output holds a sample patient's name, record number or date of birth.
@Suite struct PrivacyScanTests {
    /// Every identifier of every sample patient.
    static let identifiers: [String] = DepartmentSample.records.flatMap { record -> [String] in
        let id = record.patient.identity
        return [id.name, id.recordNumber, id.dateOfBirth?.description].compactMap { $0 }
    }

    @Test func theSampleHasIdentifiersToLookFor() {
        #expect(Self.identifiers.count == DepartmentSample.records.count * 3)
    }

    @Test(arguments: LogbookFormat.allCases) func noOutputHoldsAPatientIdentifier(_ format: LogbookFormat) throws {
        var outputs = [try #require(try DepartmentSample.run(person: nil, format: format).text)]
        for person in DepartmentSample.people {
            outputs.append(try #require(try DepartmentSample.run(person: person, format: format).text))
        }
        outputs.append(try #require(try DepartmentSample.run(person: "tng", profile: "abcp-exam-eligibility", format: format).text))
        for output in outputs {
            let found = Self.identifiers.filter { output.contains($0) }
            #expect(found.isEmpty, "patient identifiers in the \(format.rawValue) logbook")
        }
    }

    @Test func aPatientOver89IsOnlyAnAdult() throws {
        let old = try #require(DepartmentSample.records.first { ($0.patientAgeYears ?? 0) > 89 })
        let logbook = try DepartmentSample.logbook(profile: ProfileLoaderTests.shippedProfile("abcp-recertification"))
        let rows = logbook.rows.filter { $0.activity.caseKey.caseID == old.header.caseID }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.activity.ageGroup == .adult })
    }
}
