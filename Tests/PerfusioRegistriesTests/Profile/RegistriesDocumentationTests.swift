import Foundation
import PerfusioTestSupport
import Testing
@testable import PerfusioRegistries

/// `docs/registries.md` lists every figure and every field name of the path vocabulary, and every shipped profile.
@Suite struct RegistriesDocumentationTests {
    static func text() throws -> String {
        try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/registries.md"), encoding: .utf8)
    }

    @Test func everyFigureIsDocumented() throws {
        let text = try Self.text()
        #expect(RegistryFigures.names.keys.sorted().filter { !text.contains("`figures.\($0)`") } == [])
    }

    @Test func everyHeaderAndPatientFieldIsDocumented() throws {
        let text = try Self.text()
        let names = SourcePath.HeaderField.allCases.map(\.rawValue) + SourcePath.PatientField.allCases.map(\.rawValue)
        #expect(names.filter { !text.contains("`\($0)`") } == [])
    }

    @Test func everyShippedProfileIsDocumented() throws {
        let text = try Self.text()
        let folder = Fixtures.packageRoot.appendingPathComponent("schemas/registries")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count == 4)
        #expect(files.sorted().filter { !text.contains("`\($0)`") } == [])
    }
}
