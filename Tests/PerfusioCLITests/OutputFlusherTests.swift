import Foundation
import Perfusio
import PerfusioTestSupport
import Testing
@testable import PerfusioCLI

/// The flushing thread puts staged files in place in order, and counts a file it cannot put in place.
@Suite struct OutputFlusherTests {
    @Test func putsStagedFilesInPlaceAndCountsTheOneThatFails() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = AtomicFileWriter(), flusher = OutputFlusher()
        let first = try writer.stage("one", to: folder.file("out/a.html"), displayPath: "out/a.html")
        let second = try writer.stage("two", to: folder.file("out/b.html"), displayPath: "out/b.html")
        // A folder now stands where the second file is to go: its rename fails, and its temporary file goes.
        try FileManager.default.createDirectory(at: folder.file("out/b.html/inside"), withIntermediateDirectories: true)
        await flusher.commit(first)
        await flusher.commit(second)
        let counts = await flusher.finish()
        #expect(counts.written == 1)
        #expect(counts.failed == 1)
        #expect(folder.read("out/a.html") == "one")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out").path).sorted() == ["a.html", "b.html"])
    }
}
