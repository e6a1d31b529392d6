import PerfusioCore
import Testing

/// CRLF and lone CR become LF, for bytes and for text alike; text without CR is returned as it is.
@Suite struct LineEndingsTests {
    static let cases: [(String, String)] = [
        ("a\r\nb\r\n", "a\nb\n"), ("a\rb\r", "a\nb\n"), ("a\r\r\nb", "a\n\nb"), ("\r", "\n"),
        ("no breaks", "no breaks"), ("é\r\n°C", "é\n°C"), ("", ""),
    ]

    @Test func bytesAndTextGiveTheSameLines() {
        for (input, expected) in Self.cases {
            #expect(LineEndings.normalised(input) == expected, "\(input.debugDescription)")
            #expect(LineEndings.normalised(Array(input.utf8)) == Array(expected.utf8), "\(input.debugDescription)")
        }
    }
}
