import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import Perfusio

@Suite struct InputCollectorTests {
    let log = "---\nrecord: perfusion-case\n---\n"

    /// A folder with logs, an XML record, a README, a hidden folder and a text file.
    func makeTree() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(log, to: "cases/b.md")
        try folder.write(log, to: "cases/adult/a.markdown")
        try folder.write("<case/>", to: "cases/c.XML")
        try folder.write("# Read me\n", to: "cases/README.md")
        try folder.write(log, to: "cases/.drafts/x.md")
        try folder.write("text", to: "cases/notes.txt")
        return folder
    }

    @Test func expandsFoldersRecursivelySortedAndSkipsNonRecords() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let files = InputCollector(currentDirectory: folder.url).collect(["cases/"])
        #expect(files.map(\.displayPath) == ["cases/adult/a.markdown", "cases/b.md", "cases/c.XML"])
        #expect(files.map(\.relativePath) == ["adult/a.markdown", "b.md", "c.XML"])
        #expect(files.allSatisfy { $0.problem == nil })
    }

    /// A large folder's files are looked at on all cores: the same choice and order as one by one.
    @Test func aLargeFolderIsSortedAndSkipsNonRecordsAsASmallOneDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var expected: [String] = []
        for n in 0..<150 {
            let name = "big/case-\(String(format: "%03d", 149 - n))"
            switch n % 5 {
            case 0: try folder.write("# Read me\n", to: name + ".md")
            case 1: try folder.write("\u{FEFF}" + log, to: name + ".md"); expected.append(name + ".md")
            case 2: try FileManager.default.createDirectory(at: folder.file(name + "-folder.md"), withIntermediateDirectories: true)
            default: try folder.write(log, to: name + ".md"); expected.append(name + ".md")
            }
        }
        let files = InputCollector(currentDirectory: folder.url).collect(["big"])
        #expect(files.map(\.displayPath) == expected.sorted())
    }

    @Test func keepsArgumentOrderAndDropsDuplicates() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let files = InputCollector(currentDirectory: folder.url).collect(["cases/b.md", "cases", "./cases/b.md"])
        #expect(files.map(\.displayPath) == ["cases/b.md", "cases/adult/a.markdown", "cases/c.XML"])
    }

    @Test func takesAFileNamedDirectlyWhateverItsExtension() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let files = InputCollector(currentDirectory: folder.url).collect(["cases/notes.txt", "cases/README.md"])
        #expect(files.map(\.displayPath) == ["cases/notes.txt", "cases/README.md"])
        #expect(files.map(\.relativePath) == ["notes.txt", "README.md"])
    }

    @Test func reportsAMissingPathAndCarriesOn() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let files = InputCollector(currentDirectory: folder.url).collect(["nothere.md", "cases/b.md"])
        #expect(files.map(\.displayPath) == ["nothere.md", "cases/b.md"])
        #expect(files[0].problem == Diagnostic(id: "input.missing", severity: .error,
                                               message: "no such file or folder"))
        #expect(files[0].isRecord)
    }

    @Test func reportsAnEmptyFolderAsAWarningThatNamesNoRecord() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("# notes\n", to: "empty/README.md")
        let files = InputCollector(currentDirectory: folder.url).collect(["empty"])
        #expect(files.count == 1)
        #expect(files[0].problem == Diagnostic(id: "input.folder.empty", severity: .warning,
                                               message: "no record in this folder (.md with front matter, .markdown or .xml)"))
        #expect(!files[0].isRecord)
    }

    @Test func readsAFileList() {
        let text = "# cases for the audit\nsamples/a.md\n\n  samples/b.xml  \r\nsamples/c.md"
        #expect(InputCollector.paths(inFileList: text) == ["samples/a.md", "samples/b.xml", "samples/c.md"])
    }
}
