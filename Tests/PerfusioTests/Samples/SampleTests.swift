import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import Perfusio

/// `samples/` holds complete, realistic records: every one reads without a single diagnostic, and together they
/// cover an adult CPB case, a paediatric CPB case, an ECMO run, a case crossing midnight and circulatory arrest
/// with cerebral perfusion.
@Suite struct SampleTests {
    static let logs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.sample("").path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    static func load(_ name: String) -> LoadedRecord {
        RecordLoader(formats: .standard(schemas: Fixtures.packageRoot.appendingPathComponent("schemas")))
            .load(Fixtures.sample(name), displayPath: "samples/\(name)")
    }

    @Test(arguments: logs)
    func readsCleanly(_ name: String) throws {
        let loaded = Self.load(name)
        #expect(loaded.format == .markdown)
        #expect(Validation.check(loaded).diagnostics == [])
        #expect(loaded.record != nil)
    }

    @Test func coverTheCasesTheyPromise() throws {
        let records = Self.logs.compactMap { Self.load($0).record }
        #expect(records.count == Self.logs.count)
        let adultBypass = records.filter { $0.header.kind == .cpb && ($0.patientAgeYears ?? 0) >= 18 }
        let childBypass = records.filter { $0.header.kind == .cpb && ($0.patientAgeYears ?? 99) < 18 }
        #expect(adultBypass.count >= 2)
        #expect(childBypass.count >= 1)
        #expect(records.contains { $0.header.kind == .ecmo })
        #expect(records.contains { record in
            record.events.contains { $0.time.date != record.header.date } && record.header.kind == .cpb
        }, "a bypass case crossing midnight")
        #expect(records.contains { !$0.events(.circulatoryArrestStart).isEmpty }, "a case with circulatory arrest")
    }

    @Test func useOtherUnitsThanTheSharedExamples() throws {
        let units = Set(Self.logs.compactMap { Self.load($0).record }.flatMap(\.readings)
            .flatMap { $0.values.values.compactMap(\.quantity?.unit) })
        #expect(units.isSuperset(of: [.fahrenheit, .milligramsPerDecilitre, .kPa, .gramsPerLitre]))
    }
}
