import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import Perfusio

/// A reader that reports what it was given, so the loader's plumbing can be checked without a real format.
struct EchoReader: RecordReader {
    func read(_ bytes: [UInt8], from source: String) -> ReadResult {
        ReadResult(record: nil, diagnostics: [.warning("echo", "\(bytes.count) bytes", at: SourceLocation(file: source, line: 1))])
    }
}

@Suite struct RecordLoaderTests {
    let loader = RecordLoader(formats: FormatTable(readers: [.markdown: EchoReader()],
                                                   unavailable: [.xml: "the schemas folder was not found"]),
                              maximumBytes: 16)

    func input(_ folder: TemporaryFolder, _ path: String) -> InputFile {
        InputFile(url: folder.file(path), displayPath: "in/\(path)", relativePath: path)
    }

    @Test func readsThroughTheFormatsReaderUnderTheDisplayPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("---\n", to: "a.md")
        let loaded = loader.load(input(folder, "a.md"))
        #expect(loaded.format == .markdown)
        #expect(loaded.displayPath == "in/a.md")
        #expect(loaded.diagnostics == [.warning("echo", "4 bytes", at: SourceLocation(file: "in/a.md", line: 1))])
    }

    @Test func sniffsAFileWithNoKnownExtension() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("# Pump log\n", to: "log.txt")
        #expect(loader.load(input(folder, "log.txt")).format == .markdown)
    }

    @Test func reportsAFormatItCannotTell() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Time,Flow\n", to: "log.csv")
        let loaded = loader.load(input(folder, "log.csv"))
        #expect(loaded.format == nil)
        #expect(loaded.diagnostics.map(\.id) == ["input.format.unknown"])
        #expect(loaded.diagnostics[0].message
            == "cannot tell the format: expected a .md, .markdown or .xml file, or content starting with '---' or '<'")
    }

    @Test func saysWhyAFormatHasNoReader() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("<case/>", to: "a.xml")
        let loaded = loader.load(input(folder, "a.xml"))
        #expect(loaded.format == .xml)
        #expect(loaded.diagnostics == [Diagnostic(id: "input.format.unsupported", severity: .error,
                                                  message: "cannot read xml: the schemas folder was not found")])
    }

    @Test func refusesAFileOverTheCap() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(String(repeating: "x", count: 17), to: "big.md")
        #expect(loader.load(input(folder, "big.md")).diagnostics == [Diagnostic(
            id: "input.too-large", severity: .error, message: "the file is 17 bytes; the cap is 16 bytes (--max-size)")])
    }

    @Test func reportsAFolderOrAMissingFileWithoutThrowing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.file("dir.md"), withIntermediateDirectories: true)
        #expect(loader.load(input(folder, "dir.md")).diagnostics == [Diagnostic(
            id: "input.unreadable", severity: .error, message: "a folder, not a file")])
        #expect(loader.load(input(folder, "gone.md")).diagnostics == [Diagnostic(
            id: "input.missing", severity: .error, message: "no such file")])
    }

    @Test func passesOnACollectorsProblemWithoutReading() {
        let problem = InputDiagnostics.missing("no such file or folder")
        let file = InputFile(url: URL(fileURLWithPath: "/nowhere/x.md"), displayPath: "x.md", relativePath: "x.md",
                             problem: problem)
        let loaded = loader.load(file)
        #expect(loaded.record == nil)
        #expect(loaded.diagnostics == [problem])
    }
}
