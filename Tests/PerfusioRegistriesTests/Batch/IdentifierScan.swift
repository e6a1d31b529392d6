/// Every place an identifier could stand in a file's bytes, collected in one pass: each run of letters, digits and
/// hyphens, its hyphen-separated parts and its runs of letters (names, case ids, dates), every eight-digit window of
/// its runs of digits (record numbers), and every `dddd-dd-dd` window. A full name cannot be present without its family name.
struct IdentifierScan {
    private var words: Set<String> = []

    init(_ bytes: [UInt8]) {
        var start: Int? = nil
        for i in 0...bytes.count {
            let isWord = i < bytes.count && Self.isWordByte(bytes[i])
            if isWord, start == nil { start = i }
            if !isWord, let s = start {
                add(bytes[s..<i])
                start = nil
            }
            if i + 10 <= bytes.count, Self.isDate(bytes[i..<(i + 10)]) { words.insert(Self.text(bytes[i..<(i + 10)])) }
        }
    }

    func contains(_ identifier: String) -> Bool { words.contains(identifier) }

    private mutating func add(_ run: ArraySlice<UInt8>) {
        words.insert(Self.text(run))
        for part in run.split(separator: UInt8(ascii: "-")) { words.insert(Self.text(part)) }
        for letters in run.split(whereSeparator: { !Self.isLetter($0) }) { words.insert(Self.text(letters)) }
        for digits in run.split(whereSeparator: { !Self.isDigit($0) }) where digits.count >= 8 {
            for j in digits.startIndex...(digits.endIndex - 8) { words.insert(Self.text(digits[j..<(j + 8)])) }
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
    private static func isWordByte(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) || b == UInt8(ascii: "-") }
    private static func isDate(_ s: ArraySlice<UInt8>) -> Bool {
        s.enumerated().allSatisfy { k, b in k == 4 || k == 7 ? b == UInt8(ascii: "-") : isDigit(b) }
    }
}

import Testing

@Suite struct IdentifierScanTests {
    @Test func findsIdentifiersWhereverTheyStand() {
        let scan = IdentifierScan(Array("{\"n\":\"Aldous Quillfeatherab\",\"mrn\":\"x71000003\",\"t\":\"1958-07-02T08:00\",\"id\":\"SYN-2026-0001\"}".utf8))
        for identifier in ["Quillfeatherab", "71000003", "1958-07-02", "SYN-2026-0001", "0001"] {
            #expect(scan.contains(identifier), "\(identifier)")
        }
        #expect(!scan.contains("Quillfeather"))
        #expect(!scan.contains("1958-07-03"))
    }
}
