import Foundation
import PerfusioTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A `submit` killed half-way leaves the ledger as it was (or, past its commit, with the whole batch) and every
/// submission file whole or absent; the next run then sends the batch. Slow by design (a few seconds): it runs the
/// built binary over 400 generated records.
@Suite(.enabled(if: TranscriptRunner.binary != nil, "no perfusio binary: run `swift build --build-tests` first"))
struct InterruptedSubmitTests {
    static let resources = ["--schemas", Fixtures.packageRoot.path + "/schemas", "--templates", Fixtures.packageRoot.path + "/templates"]

    static func submit(_ folder: String) -> [String] {
        ["submit", "--registry", "sts-acsd", folder, "-o", "out", "--ledger", "ledger.sqlite"] + resources
    }

    /// The ledger's listing, one line per case sent.
    static func listing(_ scratch: TemporaryFolder) throws -> [String] {
        let run = try BinaryRun.run(["ledger", "list", "--ledger", "ledger.sqlite"], scratch: scratch, in: scratch.url)
        #expect(run.status == 0, "\(run.errors)")
        return run.output.split(separator: "\n").map(String.init)
    }

    @Test func aKilledSubmitLeavesTheLedgerAsItWas() throws {
        let scratch = try TemporaryFolder("perfusio-killed-submit")
        defer { scratch.remove() }
        try SyntheticLogs(seed: 7).write(count: 10, to: scratch.file("first"))
        try SyntheticLogs(seed: 7).write(count: 400, to: scratch.file("all"))
        #expect(try BinaryRun.run(Self.submit("first"), scratch: scratch, in: scratch.url).status <= 1)
        let before = try Self.listing(scratch)
        let outputs = try FileManager.default.contentsOfDirectory(atPath: scratch.file("out").path).sorted()
        let written = try outputs.map { try Data(contentsOf: scratch.file("out/" + $0)) }

        let run = try BinaryRun(Self.submit("all"), scratch: scratch, in: scratch.url)
        let journal = scratch.file("ledger.sqlite-journal").path
        while run.process.isRunning && !FileManager.default.fileExists(atPath: journal) { usleep(500) }
        kill(run.process.processIdentifier, SIGKILL)
        run.wait()
        // The journal is left behind when the kill came inside the ledger's write transaction (its usual moment:
        // the journal appears only once the transaction changes a page); the next opening rolls it back.
        let killedInTransaction = FileManager.default.fileExists(atPath: journal)

        let after = try Self.listing(scratch)
        let committed = after.count > before.count
        #expect(Array(after.prefix(before.count)) == before)
        #expect(!committed || after.count == before.count + 390, "a batch is in the ledger whole or not at all")
        #expect(!(killedInTransaction && committed))
        if !committed {
            let now = try outputs.map { try Data(contentsOf: scratch.file("out/" + $0)) }
            for (name, (old, new)) in zip(outputs, zip(written, now)) where old != new {
                #expect(Self.isWhole(new, name: name), "\(name) is not whole")
            }
        }
        #expect(try BinaryRun.run(Self.submit("all"), scratch: scratch, in: scratch.url).status <= 1)
        #expect(try Self.listing(scratch).count == before.count + 390)
    }

    /// A file written to its end: the JSON parses, the HTML and SVG close, the CSV and Markdown end in a line break.
    static func isWhole(_ data: Data, name: String) -> Bool {
        if name.hasSuffix(".json") { return (try? JSONSerialization.jsonObject(with: data)) != nil }
        let text = String(decoding: data, as: UTF8.self)
        if name.hasSuffix(".html") { return text.contains("</html>") }
        if name.hasSuffix(".svg") { return text.contains("</svg>") }
        return text.hasSuffix("\n")
    }
}
