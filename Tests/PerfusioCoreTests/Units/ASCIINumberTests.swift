import Testing
@testable import PerfusioCore

/// The byte fast path of `Quantity.parseNumber` accepts and rejects exactly what the general path does.
@Suite struct ASCIINumberTests {
    /// Both paths' answers as comparable text (the sign of zero and every bit of the value included).
    private func answer(_ parsed: (Double, Int)?) -> String {
        parsed.map { "\($0.0.bitPattern) \($0.1)" } ?? "nil"
    }

    @Test(arguments: [
        "12", "7.40", "-3.50", "+4", "0,5", "1,2,3", "1.2,3", "1,", ",5", " 12 ", "\t8\t", "", " ", "-", "+", ".", "-.5",
        "5.", "-0", "-0.00", "1-", "+-1", "--1", "1..2", "1.2.3", "12a", "a12", "1 2", "0.1", "0.3", "2.675", "36.6",
        "007", "99999999999999.9", "123456789012345", "1234567890123456", "12345678901234567890.125",
        "0.000000000000001", "0.0000000000000001", "123456789012345678901234567890123", "12345678901234567890123456789012",
        "1e5", "0x10", "inf", "nan", "1\r\n", "\r\n1",
    ])
    func asciiTextReadsAsTheGeneralPathReadsIt(text: String) {
        #expect(ASCIINumber.parse(text) != nil)
        #expect(answer(Quantity.parseNumber(text)) == answer(Quantity.parseNumberSlowly(text)))
    }

    @Test(arguments: ["−3", "−0,5", "12\u{00A0}", "\u{2003}7", "4\u{0301}", "٣", "3−"])
    func nonASCIITextGoesThroughTheGeneralPath(text: String) {
        #expect(ASCIINumber.parse(text) == nil)
        #expect(answer(Quantity.parseNumber(text)) == answer(Quantity.parseNumberSlowly(text)))
    }

    @Test func valuesAndDecimalsAsWritten() {
        #expect(answer(Quantity.parseNumber("7.40")) == answer((7.4, 2)))
        #expect(answer(Quantity.parseNumber("0,5")) == answer((0.5, 1)))
        #expect(answer(Quantity.parseNumber("−3")) == answer((-3, 0)))
        #expect(answer(Quantity.parseNumber("-0")) == answer((-0.0, 0)))
        #expect(answer(Quantity.parseNumber(" 12 ")) == answer((12, 0)))
        #expect(Quantity.parseNumber("1,2,3") == nil)
        #expect(Quantity.parseNumber(String(repeating: "1", count: 33)) == nil)
    }
}
