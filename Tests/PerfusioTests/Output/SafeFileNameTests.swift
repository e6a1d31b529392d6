import Testing
@testable import Perfusio

@Suite struct SafeFileNameTests {
    @Test(arguments: [
        ("SEC-2026-0412", "SEC-2026-0412"),
        ("SEC/2026/0412", "SEC_2026_0412"),
        ("..", "record"),
        ("../../etc/passwd", "_.._etc_passwd"),
        (".hidden", "hidden"),
        ("a\u{0}b", "a_b"),
        ("tab\there", "tab_here"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("lpt9", "_lpt9"),
        ("COM10", "COM10"),
        ("   ", "record"),
        ("///", "record"),
        ("case. ", "case"),
        ("C:\\cases\\42", "C__cases_42"),
        ("Ünïcødé 42", "Ünïcødé 42"),
        ("a\u{202E}b", "a_b"),
    ])
    func sanitises(caseID: String, expected: String) {
        #expect(SafeFileName.from(caseID: caseID) == expected)
    }

    @Test func capsLengthAtACharacterBoundary() {
        let name = SafeFileName.from(caseID: String(repeating: "é", count: 80))
        #expect(name == String(repeating: "é", count: 50))
        #expect(name.utf8.count == SafeFileName.maximumLength)
    }

    @Test func usesTheGivenFallback() {
        #expect(SafeFileName.from(caseID: "", fallback: "case") == "case")
    }
}
