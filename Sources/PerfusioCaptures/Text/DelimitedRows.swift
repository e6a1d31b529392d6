import CSV

/// The rows of a delimited text, each with the 1-based line it starts on, read by the CSV.swift library.
///
/// The library does not report positions, so lines are counted here: stray carriage returns (a CR not followed by
/// LF, which the ABL800 writes before its CRLF) are removed first, after which each row ends at exactly one line
/// break, and a quoted field spanning lines adds the line breaks it holds. Blank lines come back as one empty field.
struct DelimitedRows: Sequence {
    let text: String
    let delimiter: Unicode.Scalar
    /// Remove `"` from the first line before reading it (header names written `"pH" (mmHg)` are not RFC 4180).
    let stripsQuotesFromFirstLine: Bool

    init(_ text: String, delimiter: Unicode.Scalar, stripsQuotesFromFirstLine: Bool = false) {
        self.text = text
        self.delimiter = delimiter
        self.stripsQuotesFromFirstLine = stripsQuotesFromFirstLine
    }

    struct Row: Hashable {
        var line: Int
        var fields: [String]
        /// True for a line with nothing on it.
        var isBlank: Bool { fields.count == 1 && fields[0].isEmpty }
    }

    func makeIterator() -> Iterator {
        var body = Self.withoutStrayCarriageReturns(text)
        var first: String?
        if stripsQuotesFromFirstLine {
            // Search scalars, not Characters: "\r\n" is one Character and never equals "\n".
            let scalars = body.unicodeScalars
            let end = scalars.firstIndex(of: "\n") ?? scalars.endIndex
            first = String(scalars[..<end]).replacingOccurrences(of: "\"", with: "")
            body = end < scalars.endIndex ? String(scalars[scalars.index(after: end)...]) : ""
        }
        return Iterator(readers: [first.flatMap(reader), reader(body)].compactMap { $0 }, nextLine: 1)
    }

    private func reader(_ string: String) -> CSVReader? {
        try? CSVReader(string: string, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
    }

    struct Iterator: IteratorProtocol {
        /// The first line's reader (when read apart) and the rest's, in order.
        var readers: [CSVReader]
        var nextLine: Int

        mutating func next() -> Row? {
            while let reader = readers.first {
                if let fields = reader.next() { return row(fields) }
                readers.removeFirst()
            }
            return nil
        }

        private mutating func row(_ fields: [String]) -> Row {
            let row = Row(line: nextLine, fields: fields)
            nextLine += 1 + fields.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
            return row
        }
    }

    /// The text with every CR that does not start a CRLF removed.
    static func withoutStrayCarriageReturns(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        guard utf8.contains(0x0D) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for (i, b) in utf8.enumerated() where b != 0x0D || (i + 1 < utf8.count && utf8[i + 1] == 0x0A) { out.append(b) }
        return String(decoding: out, as: UTF8.self)
    }
}
