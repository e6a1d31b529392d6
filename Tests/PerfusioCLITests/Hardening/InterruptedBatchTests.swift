import Foundation
import Perfusio
import PerfusioCore
import PerfusioTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Batches that run at the same time as another, or are killed half-way, leave every output whole or absent.
/// Slow by design (a few seconds each): they run the built binary over a generated batch of hundreds of logs.
@Suite(.enabled(if: TranscriptRunner.binary != nil, "no perfusio binary: run `swift build --build-tests` first"))
struct InterruptedBatchTests {
    static let schemas = Fixtures.packageRoot.appendingPathComponent("schemas")
    static let sources = Fixtures.goodExamples

    /// A folder `in/` of `copies` × the good examples (`0007-adult-cabg.md`, …) and the XML each converts to.
    static func batch(_ copies: Int, in scratch: TemporaryFolder) throws -> [String: String] {
        let table = FormatTable.standard(schemas: schemas)
        let writer = try #require(table.writer(for: .xml))
        var expected: [String: String] = [:]
        for source in sources {
            let text = try String(contentsOf: Fixtures.example(source), encoding: .utf8)
            let record = try #require(RecordLoader(formats: table).load(Fixtures.example(source)).record)
            let xml = writer.write(record)
            for copy in 0..<copies {
                let name = String(format: "%04d-", copy) + source
                try scratch.write(text, to: "in/" + name)
                expected[name.replacingOccurrences(of: ".md", with: ".xml")] = xml
            }
        }
        return expected
    }

    /// The files in `folder` not hidden, and the hidden ones (temporary files left by a killed writer).
    static func listing(_ folder: URL) -> (visible: [String], hidden: [String]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return (names.filter { !$0.hasPrefix(".") }.sorted(), names.filter { $0.hasPrefix(".") }.sorted())
    }

    @Test func twoRunsIntoOneFolderLeaveWholeFiles() throws {
        let scratch = try TemporaryFolder("perfusio-concurrent")
        defer { scratch.remove() }
        let expected = try Self.batch(40, in: scratch)
        let arguments = ["convert", "in", "--to", "xml", "-o", "out/", "--schemas", Self.schemas.path]
        let first = try BinaryRun(arguments, scratch: scratch, in: scratch.url)
        let second = try BinaryRun(arguments, scratch: scratch, in: scratch.url)
        #expect(first.wait() == 0)
        #expect(second.wait() == 0)
        let (visible, hidden) = Self.listing(scratch.file("out"))
        #expect(visible == expected.keys.sorted())
        #expect(hidden == [])
        for name in visible { #expect(scratch.read("out/" + name) == expected[name], "\(name) is not whole") }
    }

    /// Runs `perfusio arguments…` in `scratch`, kills it with SIGKILL once `out/` holds 20 files, and returns the
    /// files `out/` then holds.
    static func killedHalfWay(_ arguments: [String], in scratch: TemporaryFolder) throws -> [String] {
        let run = try BinaryRun(arguments, scratch: scratch, in: scratch.url)
        while run.process.isRunning && listing(scratch.file("out")).visible.count < 20 { usleep(2_000) }
        kill(run.process.processIdentifier, SIGKILL)
        run.wait()
        #expect(run.process.terminationReason == .uncaughtSignal)
        let visible = listing(scratch.file("out")).visible
        #expect(!visible.isEmpty)
        return visible
    }

    @Test func aBatchKilledHalfWayLeavesEachOutputWholeOrAbsent() throws {
        let scratch = try TemporaryFolder("perfusio-killed")
        defer { scratch.remove() }
        let expected = try Self.batch(200, in: scratch)
        let written = try Self.killedHalfWay(["convert", "in", "--to", "xml", "-o", "out/", "--schemas", Self.schemas.path], in: scratch)
        for name in written { #expect(scratch.read("out/" + name) == expected[name], "\(name) is not whole") }
    }

    @Test func aReportBatchKilledHalfWayLeavesEachDocumentWholeOrAbsent() throws {
        let scratch = try TemporaryFolder("perfusio-killed-reports")
        defer { scratch.remove() }
        try SyntheticLogs(seed: 5).write(count: 300, to: scratch.file("in"))
        let written = try Self.killedHalfWay(["report", "in", "-o", "out"] + InterruptedSubmitTests.resources, in: scratch)
        for name in written {
            let data = try Data(contentsOf: scratch.file("out/" + name))
            #expect(InterruptedSubmitTests.isWhole(data, name: name), "\(name) is not whole")
        }
    }
}
