import Foundation
import PerfusioTestSupport
import Testing
@testable import Perfusio

@Suite struct OutputDestinationTests {
    let cwd = URL(fileURLWithPath: "/work/cases")

    @Test func standardOutputOnlyForOneInput() {
        #expect(OutputDestination.resolve(nil, several: false, currentDirectory: cwd) == .standardOutput)
        #expect(OutputDestination.resolve(nil, several: true, currentDirectory: cwd) == nil)
    }

    @Test func aFileForOneInputAFolderOtherwise() {
        #expect(OutputDestination.resolve("a.xml", several: false, currentDirectory: cwd)
            == .file(URL(fileURLWithPath: "/work/cases/a.xml"), displayPath: "a.xml"))
        #expect(OutputDestination.resolve("out", several: true, currentDirectory: cwd)
            == .folder(URL(fileURLWithPath: "/work/cases/out"), displayPath: "out"))
        #expect(OutputDestination.resolve("out/", several: false, currentDirectory: cwd)
            == .folder(URL(fileURLWithPath: "/work/cases/out"), displayPath: "out"))
    }

    @Test func anExistingFolderIsAFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(OutputDestination.resolve(folder.url.path, several: false)
            == .folder(URL(fileURLWithPath: folder.url.path), displayPath: folder.url.path))
    }

    @Test func namesOutputsAfterTheInputsPathBelowItsFolder() {
        let destination = OutputDestination.folder(URL(fileURLWithPath: "/out"), displayPath: "out")
        let input = InputFile(url: URL(fileURLWithPath: "/s/ecmo/run.v2.md"), displayPath: "s/ecmo/run.v2.md",
                              relativePath: "ecmo/run.v2.md")
        let target = destination.target(for: input, fileExtension: "xml")
        #expect(target?.url.path == "/out/ecmo/run.v2.xml")
        #expect(target?.displayPath == "out/ecmo/run.v2.xml")
        #expect(OutputDestination.replacingExtension(of: "dir.d/log", with: "md") == "dir.d/log.md")
        #expect(OutputDestination.replacingExtension(of: ".hidden", with: "md") == ".hidden.md")
    }

    @Test func batchOutputRefusesTwoInputsIntoOneFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var output = BatchOutput(destination: .folder(folder.file("out"), displayPath: "out"), fileExtension: "xml",
                                 writer: AtomicFileWriter())
        let first = InputFile(url: URL(fileURLWithPath: "/a/x.md"), displayPath: "a/x.md", relativePath: "x.md")
        let second = InputFile(url: URL(fileURLWithPath: "/b/x.md"), displayPath: "b/x.md", relativePath: "x.md")
        #expect(try output.write("1", for: first) == "out/x.xml")
        #expect(throws: OutputError.duplicateOutput(path: "out/x.xml", firstInput: "a/x.md")) {
            try output.write("2", for: second)
        }
        #expect(folder.read("out/x.xml") == "1")
    }
}
