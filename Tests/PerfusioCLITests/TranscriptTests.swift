import Foundation
import PerfusioTestSupport
import Testing

/// Runs every `Transcripts/*.txt` against the built binary (`swift build --build-tests` builds it).
/// `PERFUSIO_UPDATE_GOLDENS=1` re-records them.
@Suite struct TranscriptTests {
    @Test(.enabled(if: TranscriptRunner.binary != nil,
                   "no perfusio binary at .build/debug/perfusio: run `swift build --build-tests` first"),
          arguments: TranscriptRunner.files)
    func transcript(_ path: String) throws {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let expected = try Transcript.parse(text)
        let binary = try #require(TranscriptRunner.binary)
        let actual = try TranscriptRunner.rerun(expected, binary: binary).text()
        let issue = Golden.check(actual, against: path)
        #expect(issue == nil, Comment(rawValue: issue ?? ""))
    }

    @Test func thereAreTranscripts() {
        #expect(TranscriptRunner.files.count >= 10)
    }
}

@Suite struct TranscriptParsingTests {
    @Test func readsStepsWithOutputErrorsAndStatus() throws {
        let transcript = try Transcript.parse("""
            # missing file
            % perfusio validate 'a b.md' --format json < list.txt
            out 1

            2> err 1
            => 1

            """)
        #expect(transcript.steps.count == 1)
        let step = transcript.steps[0]
        #expect(step.arguments == ["perfusio", "validate", "a b.md", "--format", "json"])
        #expect(step.standardInput == "list.txt")
        #expect(step.output == ["out 1", ""])
        #expect(step.errors == ["err 1"])
        #expect(step.status == 1)
        #expect(transcript.text() == """
            # missing file
            % perfusio validate "a b.md" --format json < list.txt
            out 1

            2> err 1
            => 1

            """)
    }

    @Test func refusesAStepWithoutStatus() {
        #expect(throws: TranscriptError.self) { try Transcript.parse("% perfusio validate\nout\n") }
        #expect(throws: TranscriptError.self) { try Transcript.parse("stray line\n") }
    }
}
