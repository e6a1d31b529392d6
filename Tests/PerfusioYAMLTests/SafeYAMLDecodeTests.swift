import PerfusioCore
import Testing
@testable import PerfusioYAML

private struct Patient: Decodable, Equatable {
    var name: String
    var weight: Double
    var allergies: [String]?
}

private struct Doc: Decodable, Equatable {
    var case_id: String
    var patient: Patient
}

private func failure<T>(_ result: Result<T, SafeYAMLFailure>) -> [Diagnostic] {
    if case .failure(let f) = result { return f.diagnostics }
    return []
}

private func loc(_ line: Int, _ column: Int) -> PerfusioCore.SourceLocation { SourceLocation(file: "t.yaml", line: line, column: column) }

@Suite struct SafeYAMLDecodeTests {
    @Test func decodesAValidDocument() throws {
        let text = "case_id: SEC-1\npatient:\n  name: A. Person\n  weight: 82.5\n  allergies: [penicillin]\n"
        let doc = try SafeYAML.decode(Doc.self, from: text, file: "t.yaml").get()
        #expect(doc == Doc(case_id: "SEC-1", patient: Patient(name: "A. Person", weight: 82.5, allergies: ["penicillin"])))
    }

    @Test func syntaxErrorGivesLineAndColumnWithOffset() {
        let text = "case_id: X\npatient:\n  name: B\n   weight: 90\n  sex: male\n"
        let d = failure(SafeYAML.decode(Doc.self, from: text, file: "t.yaml", lineOffset: 5))
        #expect(d.map(\.id) == ["yaml.syntax"])
        #expect(d.first?.severity == .error)
        #expect(d.first?.location?.line == 9)
    }

    @Test func typeMismatchPointsAtTheValue() {
        let text = "case_id: X\npatient:\n  name: B\n  weight: heavy\n"
        let d = failure(SafeYAML.decode(Doc.self, from: text, file: "t.yaml"))
        #expect(d.map(\.id) == ["yaml.type"])
        #expect(d.first?.location == loc(4, 11))
    }

    @Test func listWhereTextExpectedIsATypeError() {
        let text = "case_id: [a, b]\npatient:\n  name: B\n  weight: 1\n"
        let d = failure(SafeYAML.decode(Doc.self, from: text, file: "t.yaml"))
        #expect(d.map(\.id) == ["yaml.type"])
        #expect(d.first?.location == loc(1, 10))
    }

    @Test func missingKeyPointsAtItsMapping() {
        let text = "case_id: X\npatient:\n  name: B\n"
        let d = failure(SafeYAML.decode(Doc.self, from: text, file: "t.yaml"))
        #expect(d.map(\.id) == ["yaml.missing-key"])
        #expect(d.first?.location == loc(2, 1))
    }

    @Test func missingTopLevelKeyPointsAtLineOne() {
        let d = failure(SafeYAML.decode(Doc.self, from: "patient:\n  name: B\n  weight: 3\n", file: "t.yaml"))
        #expect(d.map(\.id) == ["yaml.missing-key"])
        #expect(d.first?.location == loc(1, 1))
    }

    @Test func duplicateKeyPointsAtTheRepeat() {
        let text = "case_id: X\npatient:\n  name: B\n  weight: 1\n  name: C\n"
        let d = failure(SafeYAML.decode(Doc.self, from: text, file: "t.yaml"))
        #expect(d.map(\.id) == ["yaml.duplicate-key"])
        #expect(d.first?.location == loc(5, 3))
    }

    @Test func tabInIndentationIsRefused() {
        let text = "case_id: X\npatient:\n\tname: B\n"
        let d = failure(SafeYAML.decode(Doc.self, from: text, file: "t.yaml"))
        #expect(d.map(\.id) == ["yaml.tab"])
        #expect(d.first?.location == loc(3, 1))
    }

    @Test func messagesNeverRepeatTheValue() {
        let text = "case_id: X\npatient:\n  name: B\n  weight: Harold\n"
        let d = failure(SafeYAML.decode(Doc.self, from: text, file: "t.yaml"))
        #expect(d.count == 1)
        #expect(d.allSatisfy { !$0.message.contains("Harold") })
    }

    @Test func catalogueListsEveryId() {
        #expect(YAMLDiagnostics.all.map(\.id) == ["yaml.syntax", "yaml.alias", "yaml.tab", "yaml.duplicate-key", "yaml.type", "yaml.missing-key"])
        #expect(YAMLDiagnostics.all.allSatisfy { $0.severity == .error })
    }
}
