import PerfusioMarkdown
import Testing
@testable import PerfusioRender

/// The byte scans in front of ``XMLText`` and ``ViewText`` only skip work: the result is what the character-by-character
/// path gives.
@Suite struct XMLTextTests {
    static let texts = [
        "", "plain", "naïve °C – 08:52…", "a<b", "tab\tok", "line\nfeed", "cr\rlf", "bell\u{7}", "nul\u{0}", "\u{1F}",
        "\u{FFFE}", "x\u{FFFF}y", "\u{FFFD} replacement is allowed", "\u{FEFF}bom", "👩🏽‍⚕️", "\u{7F}\u{85}\u{9F}",
        "\u{EFFF}\u{F8FF}\u{FE0F}", "'\"&", "\u{2028}\u{2029}",
    ]

    /// The old definitions: every scalar checked, every character escaped.
    static func slowSanitized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s -> Unicode.Scalar in
            switch s.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: s
            default: "\u{FFFD}"
            }
        }))
    }

    @Test(arguments: texts)
    func sanitizedAndEscapedAsCharacterByCharacter(_ text: String) {
        #expect(XMLText.sanitized(text) == Self.slowSanitized(text))
        #expect(XMLText.escaped(text) == MarkdownHTML.escape(Self.slowSanitized(text)))
    }

    @Test func theScanStopsAtForbiddenAndSpecialBytesOnly() {
        #expect(!XMLText.scan("naïve °C \u{FFFD}\u{FEFF}\t\n\r", stopsAt: MarkdownHTML.isEscaped))
        #expect(XMLText.scan("\u{FFFE}", stopsAt: { _ in false }))
        #expect(XMLText.scan("a\u{FFFF}", stopsAt: { _ in false }))
        #expect(XMLText.scan("\u{1B}[0m", stopsAt: { _ in false }))
        #expect(XMLText.scan("x > y", stopsAt: MarkdownHTML.isEscaped))
        #expect(!XMLText.scan("x > y", stopsAt: { _ in false }))
    }

    @Test(arguments: texts + ["a\r\nb", "a\u{B}b\u{C}c", "next\u{85}line", "ls\u{2028}ps\u{2029}", "\u{2027}\u{202A}\u{C285}"])
    func lineBreaksFoundAsIsNewlineFindsThem(_ text: String) {
        #expect(ViewText.mayHoldLineBreak(text) == text.contains(where: \.isNewline))
        let oneLine = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
        #expect(ViewText(format: .html).inline(text) == XMLText.sanitized(oneLine))
    }
}
