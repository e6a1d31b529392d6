import Foundation
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
        ("acp_on 2", "acp", true), ("x9acp", "acp", false), ("acp9", "acp", false), ("(acp)", "acp", true),
    ])
    func containsWords(text: String, phrase: String, expected: Bool) {
        #expect(Phrase.containsWords(text, phrase) == expected)
        #expect(Phrase.containsWordsByScalars(text, phrase) == expected)
    }
}

/// The byte paths of `Phrase` give what the `Character` paths give.
@Suite struct PhraseBytePathTests {
    @Test(arguments: [
        "X-clamp  On", "  CPB on ", "cross_clamp--off", "Tab\there\nand", "", " - _ ", "ABC xyz 4:1 Blood", "a\r\nb", "a\rb",
        "Température 32 °C", "non\u{00A0}breaking", "CAFÉ", "e\u{301}", "İstanbul", "8 °C", "°\u{301}C", "5 µg", "µ",
        "a\u{00A0}\u{00A0}b ", "x – y—Z", "°", "A°B", "\u{00A0}", "Σ°Σ", "°\u{200D}x",
    ])
    func normaliseAsCharactersDo(text: String) {
        #expect(Phrase.normalise(text) == Phrase.normaliseCharacters(text))
    }

    @Test func asciiTextOnlyTakesTheBytePath() {
        #expect(Phrase.normaliseASCII("X-Clamp") == "x clamp")
        #expect(Phrase.normaliseASCII("a\r\nb") == nil)
        #expect(Phrase.normaliseASCII("é") == nil)
        #expect(Phrase.normaliseASCII("T art °C") == "t art °c")
        #expect(Phrase.normaliseASCII("°\u{301}") == nil)
    }

    @Test(arguments: [
        ("4:1 blood at 8", "blood", true), ("bloody", "blood", true), ("del nido", "del nido", true), ("del", "del nido", false),
        ("st thomas", "htk", false), ("custodiol htk", "htk", true), ("", "htk", false), ("e\u{301}htk", "htk", true),
        ("blood\u{301}", "blood", false), ("\u{301}blood", "blood", true), ("blo\u{AD}od", "blood", false),
        ("x\u{212A}cl", "Kcl", true), ("8 °c blood", "blood", true), ("8 °c", "blood", false),
    ])
    func containsAsStringDoes(text: String, needle: String, found: Bool) {
        #expect(Phrase.contains(text, needle) == found)
        #expect(Phrase.contains(text, needle) == text.contains(needle))
    }

    @Test(arguments: [
        "x clamp on 09:10", "cross clamp offset", "cp", "cp2", "cp #2", "cpb on", "xc-on", "custodiol", "", "ACT 480",
        "dhca start 18 °c", "e\u{301}cp", "cplegia", "heparin infusion 1000 iu/h", "magnesium sulphate 2 g",
    ])
    func phraseListFindsWhatHasPrefixFinds(text: String) {
        let normal = Phrase.normalise(text)
        #expect(EventPhrases.byLengthList.first(startingWith: normal)?.phrase
                == EventPhrases.byLength.first { Phrase.hasPrefix(normal, $0.phrase) }?.phrase)
        #expect(DrugNames.byLengthList.first(startingWith: normal)?.spelling
                == DrugNames.byLength.first { Phrase.hasPrefix(normal, $0.spelling) }?.spelling)
    }
}
