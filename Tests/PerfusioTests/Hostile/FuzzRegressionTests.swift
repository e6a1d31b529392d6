import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import Perfusio

/// Reads every input kept in `Tests/Fixtures/fuzz-regressions/<target>/` through its fuzz target's steps: read; for
/// a record, derive its figures and consistency checks, write it and read the text written back.
@Suite struct FuzzRegressionTests {
    static let folder = Fixtures.root.appendingPathComponent("fuzz-regressions")

    /// `target/file` for every kept input.
    static let inputs: [String] = ["markdown", "xml", "frontmatter"].flatMap { target in
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? [])
            .sorted().map { "\(target)/\($0)" }
    }

    @Test func thereAreKeptInputs() {
        #expect(Self.inputs.contains { $0.hasPrefix("markdown/") })
    }

    @Test(arguments: inputs)
    func runsThroughItsTargetsSteps(input: String) throws {
        let formats = HostileLoad.formats
        var bytes = try Fixtures.bytes(Self.folder.appendingPathComponent(input))
        let format: RecordFormat = input.hasPrefix("xml/") ? .xml : .markdown
        if input.hasPrefix("frontmatter/") { bytes = Array("---\n".utf8) + bytes + Array("\n---\n".utf8) }
        let reader = try #require(formats.reader(for: format))
        let first = reader.read(bytes, from: input)
        guard let record = first.record else { return }
        _ = CaseFigures(record: record)
        _ = RecordConsistency.check(record)
        let written = try #require(formats.writer(for: format)).write(record)
        let again = reader.read(Array(written.utf8), from: input)
        if !first.diagnostics.hasErrors { #expect(again.record != nil, "the written record reads back") }
    }
}
