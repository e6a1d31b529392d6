import PerfusioCore
import Testing
@testable import Perfusio

@Suite struct ExitStatusTests {
    @Test func hasTheDocumentedCodes() {
        #expect(ExitStatus.allCases.map(\.rawValue) == [0, 1, 2, 3, 4])
    }

    @Test func warningsAloneAreSuccessAnErrorAnywhereIsAnInputError() {
        let warning = FileDiagnostics(file: "a.md", diagnostics: [.warning("w", "w")])
        let error = FileDiagnostics(file: "b.md", diagnostics: [.error("e", "e")])
        #expect(ExitStatus.of([warning]) == .success)
        #expect(ExitStatus.of([]) == .success)
        #expect(ExitStatus.of([warning, error]) == .inputError)
        #expect(max(ExitStatus.inputError, .outputFailed) == .outputFailed)
    }
}
