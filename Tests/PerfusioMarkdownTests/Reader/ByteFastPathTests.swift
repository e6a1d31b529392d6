import PerfusioCore
import Testing
@testable import PerfusioMarkdown

/// The byte paths of the event and readings readers give what the `Character` paths give.
@Suite struct ByteFastPathTests {
    @Test(arguments: [
        "Cardioplegia #1 antegrade, 4:1 blood, 1000 mL at 8 °C", "Heparin 25000 IU (300 IU/kg)", "  (22 Fr)  [~5 mL] ",
        "a\tb\nc", "x\r\ny 5 mL", "flow 4.5\u{00A0}L/min", "((", "", "≈5 mL", "e\u{301} 3 mg",
    ])
    func tokensAsCharactersGive(text: String) {
        let fast = QuantityScanner.tokenizeASCII(text)
        let slow = QuantityScanner.tokenizeCharacters(text)
        if let fast {
            #expect(fast.map(\.word) == slow.map(\.word))
            #expect(fast.map(\.offset) == slow.map(\.offset))
        }
        #expect((fast == nil) == text.utf8.contains { $0 >= 0x80 || $0 == UInt8(ascii: "\r") })
    }

    @Test(arguments: [
        ("08:52 CPB on", "valid 08:52 |  CPB on"), ("8:05", "valid 08:05 | "), ("08:52:30  x", "valid 08:52:30 |   x"),
        ("25:00 x", "invalid 25:00"), ("08:5 x", "invalid 08:5"), ("08:52\u{301} x", "invalid 08:52\u{301}"),
        ("08:52 \u{301}x", "none"), ("0852 x", "none"), ("  08:52 x", "valid 08:52 |  x"),
        ("2026-05-02 21:52 x", "valid 2026-05-02 21:52 | x"), ("08:52-CPB", "none"),
    ])
    func leadingTimes(line: String, expected: String) {
        let found: String
        switch LeadingTime(line) {
        case .valid(let date, let clock, let rest):
            found = "valid \(date.map { "\($0) " } ?? "")\(clock) | \(rest)"
        case .invalid(let written): found = "invalid \(written)"
        case .none: found = "none"
        }
        #expect(found == expected)
    }

    @Test(arguments: ["100mcg", "22", "36/46", "36/x", "/5", "8.", "8..", "-3", "+4", "3-4", "1.2.3mL", "x5", "", "..5",
                      "5,", "12/34/56", "-", "4:1", "1e5"])
    func numbersSplitAsCharactersDo(word: String) {
        let fast = QuantityScanner.splitNumberASCII(word)
        let slow = QuantityScanner.splitNumberByCharacters(word)
        #expect(fast != nil)
        #expect(fast??.0 == slow?.0)
        #expect(fast??.1 == slow?.1)
    }

    @Test func readingsOutOfTimeOrderAreSortedStably() {
        let log = minimalHeader + "## Readings\n\n| Time | MAP mmHg |\n|---|---|\n| 08:10 | 61 |\n| 08:00 | 62 |\n| 08:10 | 63 |\n"
        let readings = readLog(log).record?.readings ?? []
        #expect(readings.map { $0.values[.map]?.text ?? "" } == ["62", "61", "63"])
    }

    @Test func readingsInTimeOrderKeepTheirOrder() {
        let log = minimalHeader + "## Readings\n\n| Time | MAP mmHg |\n|---|---|\n| 08:00 | 61 |\n| 08:00 | 62 |\n| 08:10 | 63 |\n"
        let readings = readLog(log).record?.readings ?? []
        #expect(readings.map { $0.values[.map]?.text ?? "" } == ["61", "62", "63"])
    }
}
