import ArgumentParser
import Perfusio
import Testing
@testable import PerfusioCLI

/// Every way out of a command maps to a documented exit status (`docs/cli.md`). The transcripts cover the messages
/// a user can provoke; this covers the internal-error status no input should reach.
@Suite struct ExitStatusMappingTests {
    struct Unexpected: Error {}

    @Test func mapsEveryKindOfError() {
        #expect(PerfusioCommand.report(ExitCode(1)) == .inputError)
        #expect(PerfusioCommand.report(ExitCode(3)) == .outputFailed)
        #expect(PerfusioCommand.report(ExitCode(99)) == .internalError)
        #expect(PerfusioCommand.report(ValidationError("bad")) == .usage)
        #expect(PerfusioCommand.report(UsageError("several inputs need -o DIR")) == .usage)
        #expect(PerfusioCommand.report(ResourceError(kind: .templates, tried: ["x (not found)"])) == .usage)
        #expect(PerfusioCommand.report(OutputError.wouldOverwriteInput(path: "a.md")) == .outputFailed)
        #expect(PerfusioCommand.report(Unexpected()) == .internalError)
    }

    @Test func parsingErrorsAreUsageErrors() {
        for arguments in [["frobnicate"], ["validate", "--format", "yaml", "x.md"], ["validate"]] {
            let error = #expect(throws: (any Error).self) { try PerfusioCommand.parseAsRoot(arguments) }
            #expect(error.map(PerfusioCommand.report) == .usage)
        }
    }
}
