import Foundation
import PerfusioTestSupport
import Testing

/// Documents made from hostile records: markup, script, `javascript:` links and Mustache in every field stay inert
/// text in every HTML, SVG and Markdown output, and case ids that look like paths or device names give safe file
/// names inside the output folder. Runs the built binary.
@Suite(.enabled(if: TranscriptRunner.binary != nil, "no perfusio binary: run `swift build --build-tests` first"))
struct DocumentSafetyTests {
    static let resources = ["--schemas", Fixtures.packageRoot.path + "/schemas", "--templates", Fixtures.packageRoot.path + "/templates"]

    /// Every command that renders documents, over `hostile-values.md`.
    static let renderings: [[String]] = [
        ["report", "IN", "-o", "out"], ["report", "IN", "--format", "markdown", "-o", "out"],
        ["handover", "IN", "-o", "out"], ["handover", "IN", "--format", "markdown", "-o", "out"],
        ["chart", "IN", "-o", "out"], ["dashboard", "IN", "-o", "out"],
        ["submit", "--registry", "sts-acsd", "IN", "-o", "out"],
        ["logbook", "IN", "--department", "--format", "html", "-o", "out/logbook.html"],
        ["logbook", "IN", "--department", "--format", "markdown", "-o", "out/logbook.md"],
    ]

    @Test(arguments: renderings)
    func hostileTextStaysInert(command: [String]) throws {
        let scratch = try TemporaryFolder("perfusio-inert")
        defer { scratch.remove() }
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("hostile/hostile-values.md"),
                                         to: scratch.file("hostile-values.md"))
        let arguments = command.map { $0 == "IN" ? "hostile-values.md" : $0 }
            + (command[0] == "chart" ? Array(Self.resources.prefix(2)) : Self.resources)
        let run = try BinaryRun.run(arguments, scratch: scratch, in: scratch.url)
        #expect(run.status <= 1, "\(run.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.file("out").path).filter { $0 != "ledger.sqlite" }
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOf: scratch.file("out/" + name), encoding: .utf8)
            let html = name.hasSuffix(".md") ? MarkdownProbe.unsafeHTML(text) : text
            guard let html else { continue }
            #expect(InertMarkup.problems(in: html) == [], "\(name)")
        }
    }

    /// A case id of each awkward kind, and the report name it must get (`SafeFileName`).
    static let caseIDs: [(String, String)] = [
        ("../../escape", "_.._escape"), ("/etc/passwd", "_etc_passwd"), ("a/b\\\\c", "a_b_c"), ("CON", "_CON"),
        ("aux", "_aux"), ("nul.txt", "_nul.txt"), ("x\\u0000y", "x_y"), ("..", "record"), (".hidden", "hidden"),
    ]

    @Test func caseIDsBecomeSafeNamesInsideTheOutputFolder() throws {
        let scratch = try TemporaryFolder("perfusio-case-ids")
        defer { scratch.remove() }
        let log = try String(contentsOf: Fixtures.example("adult-cabg.md"), encoding: .utf8)
        for (index, (id, _)) in Self.caseIDs.enumerated() {
            try scratch.write(log.replacingOccurrences(of: "case_id: SEC-2026-0412", with: "case_id: \"\(id)\""),
                              to: "in/\(index).md")
        }
        let run = try BinaryRun.run(["report", "in", "--format", "markdown", "-o", "out/reports"] + Self.resources,
                                    scratch: scratch, in: scratch.url)
        #expect(run.status == 0, "\(run.errors)")
        let written = try FileManager.default.contentsOfDirectory(atPath: scratch.file("out/reports").path)
            .filter { $0.hasSuffix("-report.md") }.sorted()
        #expect(written == Self.caseIDs.map { "\($0.1)-report.md" }.sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("out").path) == ["reports"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { !$0.hasPrefix(".") }.sorted()
            == ["in", "out"])
    }
}
