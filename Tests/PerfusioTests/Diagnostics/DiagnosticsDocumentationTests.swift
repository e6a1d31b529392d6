import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import Perfusio

/// `docs/diagnostics.md` documents exactly the ids of every catalogue, each with its catalogue severity.
@Suite struct DiagnosticsDocumentationTests {
    /// Each `### \`id\`` heading with the severity in bold on the first line after it.
    static func documented() throws -> [String: String] {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        var entries: [String: String] = [:]
        for (index, line) in lines.enumerated() where line.hasPrefix("### `") && line.hasSuffix("`") {
            let id = String(line.dropFirst(5).dropLast())
            let body = lines[(index + 1)...].first { !$0.isEmpty } ?? ""
            let severity = body.hasPrefix("**") ? body.dropFirst(2).prefix { $0 != "*" } : ""
            entries[id] = String(severity)
        }
        return entries
    }

    @Test func everyCatalogueIdIsDocumentedWithItsSeverity() throws {
        let documented = try Self.documented()
        let missing = DiagnosticCatalogue.all.map(\.id).filter { documented[$0] == nil }
        #expect(missing == [], "ids missing from docs/diagnostics.md")
        let wrong = DiagnosticCatalogue.all.filter { code in documented[code.id].map { $0 != code.severity.rawValue } ?? false }
        #expect(wrong.map(\.id) == [], "severity in docs/diagnostics.md differs from the catalogue")
    }

    @Test func everyDocumentedIdIsInACatalogue() throws {
        let known = Set(DiagnosticCatalogue.all.map(\.id))
        #expect(try Self.documented().keys.filter { !known.contains($0) }.sorted() == [],
                "ids in docs/diagnostics.md that no catalogue holds")
    }

    @Test func catalogueIdsAreUnique() {
        let ids = DiagnosticCatalogue.all.map(\.id)
        #expect(ids.count == Set(ids).count)
    }
}
