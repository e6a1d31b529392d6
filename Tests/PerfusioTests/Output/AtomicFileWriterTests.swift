import Foundation
import PerfusioTestSupport
import Testing
@testable import Perfusio

@Suite struct AtomicFileWriterTests {
    @Test func createsFoldersAndReplacesAnExistingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = AtomicFileWriter()
        try writer.write("first", to: folder.file("out/deep/a.xml"))
        try writer.write("second", to: folder.file("out/deep/a.xml"))
        #expect(folder.read("out/deep/a.xml") == "second")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.file("out/deep").path)
        #expect(left == ["a.xml"])
    }

    /// A target name near the 255-byte limit once failed: the temporary name added 42 bytes to it.
    @Test func writesANameNearTheFileSystemsLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let name = String(repeating: "é", count: 120) + ".xml"
        try AtomicFileWriter().write("whole", to: folder.file(name))
        #expect(folder.read(name) == "whole")
        #expect(AtomicFileWriter.temporaryName(for: name).utf8.count == 1 + 60 + 1 + 36 + 4)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [name])
    }

    @Test func refusesToWriteOverAnInputByAnyPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write("log", to: "cases/a.md")
        try FileManager.default.createSymbolicLink(at: folder.file("link"), withDestinationURL: folder.file("cases"))
        try FileManager.default.linkItem(at: input, to: folder.file("hard.md"))
        let writer = AtomicFileWriter(protecting: [input])
        for path in ["cases/a.md", "cases/../cases/a.md", "link/a.md", "hard.md"] {
            #expect(throws: OutputError.wouldOverwriteInput(path: path)) {
                try writer.write("x", to: folder.file(path), displayPath: path)
            }
        }
        #expect(folder.read("cases/a.md") == "log")
    }

    @Test func reportsAFolderThatCannotBeMade() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a file", to: "blocker")
        #expect(throws: OutputError.self) { try AtomicFileWriter().write("x", to: folder.file("blocker/a.xml")) }
    }

    @Test func saysWhatItRefused() {
        #expect(OutputError.wouldOverwriteInput(path: "samples/a.md").description
            == "refusing to write samples/a.md: it is an input of this batch")
        #expect(OutputError.duplicateOutput(path: "out/a.xml", firstInput: "x/a.md").description
            == "refusing to write out/a.xml twice: x/a.md is already written there")
    }
}

@Suite struct StagedFileTests {
    @Test func aStagedFileIsPutInPlaceOnlyByItsCommit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("old", to: "out/a.html")
        let staged = try AtomicFileWriter().stage("new", to: folder.file("out/a.html"), displayPath: "out/a.html")
        #expect(staged.shown == "out/a.html")
        #expect(folder.read("out/a.html") == "old")
        let waiting = try FileManager.default.contentsOfDirectory(atPath: folder.file("out").path).filter { $0.hasSuffix(".tmp") }
        #expect(waiting.count == 1)
        try staged.commit()
        #expect(folder.read("out/a.html") == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out").path) == ["a.html"])
    }

    @Test func aCommitThatCannotRenameLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let staged = try AtomicFileWriter().stage("x", to: folder.file("out/a.html"), displayPath: "out/a.html")
        // A folder now stands where the file is to go: the rename fails, and the temporary file goes.
        try FileManager.default.createDirectory(at: folder.file("out/a.html/inside"), withIntermediateDirectories: true)
        #expect(throws: OutputError.cannotWrite(path: "out/a.html", reason: String(cString: strerror(EISDIR)))) {
            try staged.commit()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out").path) == ["a.html"])
    }

    @Test func stagingRefusesAnInputAsDoesWriting() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write("log", to: "a.md")
        #expect(throws: OutputError.wouldOverwriteInput(path: "a.md")) {
            try AtomicFileWriter(protecting: [input]).stage("x", to: input, displayPath: "a.md")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["a.md"])
    }
}
