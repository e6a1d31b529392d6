import Testing
@testable import PerfusioMarkdown

/// Whole-word phrase search over normalised text (the byte search that replaced Foundation's `range(of:)`).
@Suite struct PhraseTests {
    @Test(arguments: [
        ("cardioplegia #2 retrograde 400 ml", "retrograde", true),
        ("retrograde", "retrograde", true),
        ("antegrade and retrograde", "antegrade", true),
        ("nonretrograde flow", "retrograde", false),
        ("retrogrades", "retrograde", false),
        ("x clamp on", "clamp on", true),
        ("x clamp once", "clamp on", false),
        ("clampon clamp on", "clamp on", true),
        ("température 32 °c", "32", true),
        ("éon on", "on", true),
        ("éon", "on", false),
        ("a", "", false),
        ("on", "on bypass", false),
    ])
    func containsWords(text: String, phrase: String, expected: Bool) {
        #expect(Phrase.containsWords(text, phrase) == expected)
    }
}
