import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioMarkdown

/// The vocabulary tables of docs/log-format.md, generated from the tables the reader uses.
enum VocabularyDoc {
    static func blocks() -> [(name: String, text: String)] {
        [
            ("sections", table(["Section", "Headings accepted"], group(LogSection.synonyms.map { ($0.section.rawValue, $0.heading) }))),
            ("event-phrases", table(["Event kind", "Phrases at the start of the line"],
                                    group(EventPhrases.table.map { ($0.kind.displayName + " (`\($0.kind.rawValue)`)", $0.phrase) }))),
            ("drugs", table(["Drug", "Spellings"], group(DrugNames.table.map { ($0.drug, $0.spelling) }))),
            ("columns", table(["Parameter", "Column names"],
                              group(ColumnAliases.table.map { ("\($0.parameter.displayName) (`\($0.parameter.rawValue)`)", $0.name) }))),
            ("default-units", table(["Parameter", "Unit when the header has none"],
                                    ColumnAliases.defaultUnits.sorted { $0.key < $1.key }.map { [$0.key.displayName, unitName($0.value)] })),
            ("units", table(["Unit", "Spellings"], group(UnitSpellings.table.sorted { $0.key < $1.key }
                .sorted { (ClinicalUnit.allCases.firstIndex(of: $0.value) ?? 0) < (ClinicalUnit.allCases.firstIndex(of: $1.value) ?? 0) }
                .map { (unitName($0.value), $0.key) }))),
            ("fluids", table(["Fluid kind", "Label phrases"], group(FluidPhrases.fluids.map { ($0.kind.rawValue, $0.phrase) }))),
            ("blood-products", table(["Product", "Phrases"], group(FluidPhrases.bloodProducts.map { ($0.kind.displayName, $0.phrase) }))),
            ("team-roles", table(["Role", "Team keys"], group(FrontMatterKeys.teamRoles.map { ($0.role.displayName, $0.key) }))),
        ]
    }

    static func unitName(_ unit: ClinicalUnit) -> String {
        unit == .unitless ? "(none)" : "`\(unit.display.isEmpty ? unit.rawValue : unit.display)`"
    }

    /// Rows of (key, spelling) grouped by key in first-seen order.
    static func group(_ pairs: [(String, String)]) -> [[String]] {
        var order: [String] = [], values: [String: [String]] = [:]
        for (k, v) in pairs {
            if values[k] == nil { order.append(k) }
            values[k, default: []].append("`\(v)`")
        }
        return order.map { [$0, values[$0]!.joined(separator: ", ")] }
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let esc = { (s: String) in s.replacingOccurrences(of: "|", with: "\\|") }
        return (["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in "---" }.joined(separator: "|") + "|"]
            + rows.map { "| " + $0.map(esc).joined(separator: " | ") + " |" }).joined(separator: "\n")
    }

    /// `text` with each generated block replaced by its current content.
    static func updating(_ text: String) -> String {
        var out = text
        for (name, body) in blocks() {
            let begin = "<!-- generated: \(name) -->", end = "<!-- end: \(name) -->"
            guard let b = out.range(of: begin), let e = out.range(of: end, range: b.upperBound..<out.endIndex) else { continue }
            out.replaceSubrange(b.upperBound..<e.lowerBound, with: "\n" + body + "\n")
        }
        return out
    }
}

@Suite struct LogFormatDocTests {
    static let path = Fixtures.packageRoot.appendingPathComponent("docs/log-format.md")

    @Test func generatedTablesMatchTheVocabulary() throws {
        let text = try String(contentsOf: Self.path, encoding: .utf8)
        for (name, _) in VocabularyDoc.blocks() {
            #expect(text.contains("<!-- generated: \(name) -->"), "docs/log-format.md lacks the \(name) block")
        }
        let updated = VocabularyDoc.updating(text)
        if ProcessInfo.processInfo.environment["PERFUSIO_UPDATE_GOLDENS"] == "1" {
            try updated.write(to: Self.path, atomically: true, encoding: .utf8)
            return
        }
        #expect(updated == text, "docs/log-format.md is out of date: PERFUSIO_UPDATE_GOLDENS=1 swift test --filter LogFormatDocTests")
    }

    @Test func theDocExampleReadsWithoutDiagnostics() throws {
        let text = try String(contentsOf: Self.path, encoding: .utf8)
        let start = try #require(text.range(of: "````markdown\n")), end = try #require(text.range(of: "\n````", range: start.upperBound..<text.endIndex))
        let result = readLog(String(text[start.upperBound..<end.lowerBound]) + "\n")
        #expect(result.diagnostics.map(Found.init) == [])
        #expect(result.record?.events.count == 6)
        #expect(result.record?.readings.count == 2)
    }
}
