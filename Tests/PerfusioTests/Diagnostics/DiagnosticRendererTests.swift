import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import Perfusio

/// The same diagnostics every rendering test uses: a reader error with a column, an XSD error with a path and no
/// column, a clinical finding with a source and related place, and a file-level problem with no location.
enum RendererFixture {
    static let files: [FileDiagnostics] = [
        FileDiagnostics(file: "cases/adult cabg.md", diagnostics: [
            .error("read.time.invalid", "'09:70' is no time of day",
                   at: SourceLocation(file: "cases/adult cabg.md", line: 21, column: 3)),
            Diagnostic(id: "adult.map.low", severity: .warning, message: "MAP 48 mmHg below 50 mmHg on bypass",
                       location: SourceLocation(file: "cases/adult cabg.md", line: 60, column: 17),
                       path: "/case/readings/reading[4]/map",
                       related: [SourceLocation(file: "cases/adult cabg.md", line: 31, column: 3)],
                       source: "EACTS/EACTAIC/EBCP 2024 CPB guideline",
                       finding: Finding(time: CaseTime(iso: "2026-03-14T09:35"), value: "48 mmHg", threshold: "50 mmHg",
                                        numericValue: 48, numericThreshold: 50)),
        ]),
        FileDiagnostics(file: "cases/ecmo.xml", diagnostics: [
            Diagnostic(id: "xsd", severity: .error, message: "Element 'flow': 'fast' is not a valid value",
                       location: SourceLocation(file: "cases/ecmo.xml", line: 14), path: "/case/readings/reading[2]/flow"),
        ]),
        FileDiagnostics(file: "gone.md", diagnostics: [InputDiagnostics.missing("no such file or folder")]),
        FileDiagnostics(file: "clean.md", diagnostics: []),
    ]
}

@Suite struct DiagnosticRendererTests {
    let renderer = DiagnosticRenderer(toolVersion: "9.9.9")

    @Test func rendersCompilerStyleText() {
        #expect(renderer.render(RendererFixture.files, as: .text) == """
            cases/adult cabg.md:21:3: error: '09:70' is no time of day [read.time.invalid]
            cases/adult cabg.md:60:17: warning: MAP 48 mmHg below 50 mmHg on bypass [adult.map.low] (EACTS/EACTAIC/EBCP 2024 CPB guideline)
            cases/ecmo.xml:14: error: Element 'flow': 'fast' is not a valid value [xsd]
            gone.md: error: no such file or folder [input.missing]

            """)
    }

    @Test func rendersVersionedJSON() {
        let issue = Golden.check(renderer.render(RendererFixture.files, as: .json),
                                 against: "Tests/PerfusioTests/Golden/diagnostics.json")
        #expect(issue == nil, Comment(rawValue: issue ?? ""))
    }

    @Test func rendersSARIF() {
        let issue = Golden.check(renderer.render(RendererFixture.files, as: .sarif),
                                 against: "Tests/PerfusioTests/Golden/diagnostics.sarif")
        #expect(issue == nil, Comment(rawValue: issue ?? ""))
    }

    @Test func jsonListsEveryFileAndEveryDiagnostic() throws {
        let json = try JSONSerialization.jsonObject(with: Data(renderer.json(RendererFixture.files).utf8)) as? [String: Any]
        #expect(json?["version"] as? Int == 1)
        let files = json?["files"] as? [[String: Any]] ?? []
        #expect(files.map { $0["file"] as? String } == ["cases/adult cabg.md", "cases/ecmo.xml", "gone.md", "clean.md"])
        #expect(files.map { ($0["diagnostics"] as? [Any])?.count } == [2, 1, 1, 0])
    }

    @Test func sarifHasTheShapeOfSARIF210() throws {
        let text = renderer.sarif(RendererFixture.files)
        let problems = SARIFShape.problems(in: try JSONSerialization.jsonObject(with: Data(text.utf8)))
        #expect(problems == [])
    }

    @Test func theShapeCheckCatchesABrokenLog() {
        let broken: [String: Any] = ["version": "2.0", "runs": [["tool": ["driver": [:]], "results": [
            ["ruleId": "x", "ruleIndex": 3, "level": "fatal", "message": [:],
             "locations": [["physicalLocation": ["artifactLocation": [:], "region": ["startLine": 0]]]]],
        ]]]]
        #expect(SARIFShape.problems(in: broken) == [
            "$schema missing", "version is not 2.1.0", "runs[0].tool.driver.name missing",
            "runs[0].results[0].ruleIndex 3 outside rules", "runs[0].results[0].level fatal",
            "runs[0].results[0].message.text missing",
            "runs[0].results[0].locations[0] artifactLocation.uri missing",
            "runs[0].results[0].locations[0] startLine below 1",
        ])
    }
}
