import Testing
@testable import PerfusioMarkdown

/// A long table parsed in pieces gives exactly the blocks of the whole body: every row with its line and columns.
@Suite struct TableSplitTests {
    static func rows(_ count: Int, from first: Int = 0) -> String {
        (first..<(first + count)).map { "| 08:\(String(format: "%02d", $0 % 60)) | \($0 % 7 == 0 ? "" : "\($0)") | x \\| y |\n" }.joined()
    }

    static let table = "| Time | Flow | Note |\n|:-----|-----:|:---:|\n"

    /// The blocks of `body` parsed whole, and parsed in pieces (nil when it is not cut).
    func parse(_ body: String, pieces: Int = 3) -> (whole: [MarkdownBlock], joined: [MarkdownBlock]?) {
        var text = body
        return text.withUTF8 { bytes in
            let whole = CmarkDocument.blocks(bytes)
            let split = TableSplit(bytes, pieceCount: pieces, minimumBytes: 0, minimumRowsPerPiece: 3)
            return (whole, split.flatMap { CmarkDocument.blocks($0) })
        }
    }

    @Test(arguments: [
        "# Readings\n\n" + table + rows(20) + "\n## Notes\n\nAfter the table.\n",
        "Text before.\n\n" + table + rows(11),
        "- an item\n\n" + table + rows(9) + "\n\n\n| not | a table |\n",
        table + rows(30) + "\n" + table + rows(10) + "\n",
    ])
    func piecesJoinIntoTheWholeBodysBlocks(body: String) throws {
        let (whole, joined) = parse(body)
        #expect(try #require(joined) == whole)
    }

    @Test func theLongestTableIsCutAtRowBoundaries() throws {
        var text = "## Readings\n\n" + Self.table + Self.rows(9) + "\n"
        let split = try #require(text.withUTF8 { TableSplit($0, pieceCount: 3, minimumBytes: 0, minimumRowsPerPiece: 3) })
        #expect(split.headerLine == 3)
        #expect(split.firstRowLines == [5, 8, 11])
        #expect(split.lastRowLine == 13)
        #expect((0..<3).map(split.rowCount(ofPiece:)) == [3, 3, 3])
        // Piece 1: empty lines, the header and delimiter on the two lines above its first row, then its rows.
        let piece = String(decoding: split.pieces[1], as: UTF8.self)
        #expect(piece == String(repeating: "\n", count: 5) + Self.table + Self.rows(3, from: 3))
    }

    @Test(arguments: [
        // A line without a pipe right after the rows continues the table in GFM: not cut.
        table + rows(12) + "lazy row\n",
        // Too few rows for two pieces.
        table + rows(5),
        // An indented table.
        "  | Time | Flow |\n  |---|---|\n" + rows(12),
    ])
    func aTableNotPlainlyCutIsLeftWhole(body: String) {
        var text = body
        #expect(text.withUTF8 { TableSplit($0, pieceCount: 2, minimumBytes: 0, minimumRowsPerPiece: 6) } == nil)
    }

    /// Header and delimiter rows of different widths make no table: cmark-gfm reads paragraphs, the check after
    /// parsing refuses the pieces, and the body is parsed whole.
    @Test func piecesCmarkDoesNotReadAsTheTableAreRefused() {
        let body = "| Time | Flow |\n|---|---|---|\n" + Self.rows(12)
        let (_, joined) = parse(body, pieces: 2)
        #expect(joined == nil)
        #expect(CmarkDocument.blocks(body) == parse(body).whole)
    }
}

/// Bodies made of random table rows and other lines (seeded, so a failure repeats): whenever the pieces are
/// accepted, they give exactly the whole body's blocks.
@Suite struct TableSplitPropertyTests {
    /// A small deterministic generator (SplitMix64).
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let cells = ["08:00", "", " ", "4.5", "`a | b`", "x \\| y", "**bold**", "[link](http://x)", "<b>", "é ü",
                        "\\", "|", "- item", "# not a heading", "`", "1. one"]
    static let others = ["", "", "text after", "> quote", "- list item", "## Notes", "    code", "<div>", "---", "***",
                         "| lone | row |", "|---|---|", "[ref]: http://example.org"]

    static func body(_ random: inout Seeded) -> String {
        var lines: [String] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            for _ in 0..<Int.random(in: 0...3, using: &random) { lines.append(others.randomElement(using: &random)!) }
            let width = Int.random(in: 1...4, using: &random)
            lines.append("|" + (0..<width).map { " H\($0) |" }.joined())
            let delimiterWidth = Int.random(in: 0...9, using: &random) == 0 ? width + 1 : width
            lines.append("|" + String(repeating: " --- |", count: delimiterWidth))
            for _ in 0..<Int.random(in: 0...40, using: &random) {
                // Now and then a row of no cells (a lone `|`, which ends a table in cmark-gfm) or of too many.
                let count = Int.random(in: 0...40, using: &random) == 0 ? 0 : Int.random(in: 1...(width + 1), using: &random)
                lines.append("|" + (0..<count).map { _ in " \(cells.randomElement(using: &random)!) |" }.joined())
            }
            if Int.random(in: 0...4, using: &random) == 0 { lines.append(others.randomElement(using: &random)!) }
        }
        return lines.joined(separator: "\n") + (Bool.random(using: &random) ? "\n" : "")
    }

    @Test func acceptedPiecesAlwaysGiveTheWholeBodysBlocks() {
        var random = Seeded(state: 20_261_128)
        var accepted = 0
        for _ in 0..<300 {
            var text = Self.body(&random)
            let pieces = Int.random(in: 2...4, using: &random)
            text.withUTF8 { bytes in
                guard let split = TableSplit(bytes, pieceCount: pieces, minimumBytes: 0, minimumRowsPerPiece: 2),
                      let joined = CmarkDocument.blocks(split) else { return }
                accepted += 1
                #expect(joined == CmarkDocument.blocks(bytes), "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
        // The check is not empty: some bodies are cut and accepted. Most are refused after parsing and read whole:
        // a lone `|` ends a table in cmark-gfm, and a table written right under another runs into it.
        #expect(accepted > 25)
    }
}
