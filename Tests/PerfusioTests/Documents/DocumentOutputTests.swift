import Foundation
import Perfusio
import PerfusioRender
import Testing

@Suite struct DocumentOutputTests {
    func input(_ path: String) -> InputFile { InputFile(url: URL(fileURLWithPath: "/tmp/\(path)"), displayPath: path, relativePath: path) }

    @Test func namesComeFromTheSafeCaseIDNeverFromAPath() {
        #expect(DocumentKind.report.fileName(stem: DocumentKind.stem(caseID: "../../etc/passwd"), format: .html) == "_.._etc_passwd-report.html")
        #expect(DocumentKind.handover.fileName(stem: DocumentKind.stem(caseID: "SEC/2026/0412"), format: .markdown) == "SEC_2026_0412-handover.md")
        #expect(DocumentKind.chart.fileName(stem: DocumentKind.stem(caseID: ".."), format: .html) == "record-chart.svg")
    }

    @Test func aSecondRecordWithTheSameCaseIDGetsTheNextFreeStem() {
        var output = DocumentOutput(folder: URL(fileURLWithPath: "/tmp/unused"), displayPath: "out/", writer: AtomicFileWriter())
        #expect(output.claim("SEC-1", for: input("a.md")) == ("SEC-1", nil))
        #expect(output.claim("sec-1", for: input("a.xml")) == ("sec-1-2", "a.md"))
        #expect(output.claim("SEC-1", for: input("b.md")) == ("SEC-1-3", "a.md"))
        #expect(output.displayPath == "out")
    }

    @Test func writesIntoTheFolderAtomicallyAndRefusesToWriteOneFileTwice() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("perfusio-docs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var output = DocumentOutput(folder: folder, displayPath: "out", writer: AtomicFileWriter())
        let file = DocumentFile(name: "SEC-1-report.html", text: "<p>report</p>\n")
        #expect(try output.write(file, for: input("a.md")) == "out/SEC-1-report.html")
        #expect(try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8) == "<p>report</p>\n")
        #expect(throws: OutputError.duplicateOutput(path: "out/SEC-1-report.html", firstInput: "a.md")) {
            try output.write(file, for: input("b.md"))
        }
    }

    /// A batch stages each file and commits it later, on another thread: the target is taken at staging, so a
    /// second record for it is refused before the first is in place.
    @Test func aStagedFileTakesItsTargetBeforeItIsCommitted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("perfusio-docs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var output = DocumentOutput(folder: folder, displayPath: "out", writer: AtomicFileWriter())
        let file = DocumentFile(name: "SEC-1-report.html", text: "<p>report</p>\n")
        let staged = try output.stage(file, for: input("a.md"))
        #expect(throws: OutputError.duplicateOutput(path: "out/SEC-1-report.html", firstInput: "a.md")) {
            try output.stage(file, for: input("b.md"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(file.name).path))
        try staged.commit()
        #expect(try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8) == "<p>report</p>\n")
    }
}
