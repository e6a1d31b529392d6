/// A long table of a Markdown body cut into pieces that cmark-gfm can parse at once, one per core.
///
/// cmark-gfm parses a document on one thread, and an eight-hour capture at a reading a second is one table of
/// 28,800 rows: most of the time it takes to read such a log. The body is cut between two rows of its longest
/// table. The first piece is the whole body with the rows after the first cut left as empty lines. Each other
/// piece is a table of its own: empty lines, then the table's header and delimiter rows on the two lines just above
/// its first row, then its rows. Every row therefore keeps its line and its byte columns, and the pieces' tables
/// join into the one table the whole body would give.
///
/// Only a plain case is cut: the header, the delimiter row and every row start with `|` at the start of the line,
/// and the table ends at an empty line or the end of the body. ``CmarkDocument`` checks what cmark-gfm made of each
/// piece (the table where expected, one row per line) and parses the whole body in one piece otherwise.
struct TableSplit {
    /// Bodies smaller than this are parsed whole: the cutting and joining would cost more than it saves.
    static let minimumBytes = 256 * 1024
    /// The fewest rows worth a piece of their own.
    static let minimumRowsPerPiece = 2_000

    /// The texts to parse; the first holds everything but the later pieces' rows.
    let pieces: [[UInt8]]
    /// The 1-based line of the table's header row.
    let headerLine: Int
    /// The 1-based line of each piece's first row.
    let firstRowLines: [Int]
    /// The 1-based line of the table's last row.
    let lastRowLine: Int

    /// The rows piece `index` holds.
    func rowCount(ofPiece index: Int) -> Int {
        (index + 1 < firstRowLines.count ? firstRowLines[index + 1] : lastRowLine + 1) - firstRowLines[index]
    }

    /// The pieces of `body`, cut into at most `pieceCount`; nil when the body has no table worth cutting.
    init?(_ body: UnsafeBufferPointer<UInt8>, pieceCount: Int, minimumBytes: Int = Self.minimumBytes,
          minimumRowsPerPiece: Int = Self.minimumRowsPerPiece) {
        guard pieceCount > 1, body.count >= minimumBytes else { return nil }
        let lines = Self.lineStarts(body)
        func line(_ index: Int) -> UnsafeBufferPointer<UInt8>.SubSequence {
            body[lines[index]..<(index + 1 < lines.count ? lines[index + 1] : body.count)]
        }
        guard let table = Self.longestTable(lines.count, line) else { return nil }
        let rows = table.rows.count
        let count = min(pieceCount, rows / max(1, minimumRowsPerPiece))
        guard count > 1 else { return nil }
        // Cut at the first row of each piece (0-based line indices); piece 0 starts at the table's first row.
        let cuts = (0..<count).map { table.rows.lowerBound + $0 * rows / count }
        let header = Array(line(table.header)), delimiter = Array(line(table.header + 1))
        var pieces: [[UInt8]] = []
        var first = Array(body[..<lines[cuts[1]]])
        first += repeatElement(UInt8(ascii: "\n"), count: table.rows.upperBound - cuts[1])
        first += body[(table.rows.upperBound < lines.count ? lines[table.rows.upperBound] : body.count)...]
        pieces.append(first)
        for (index, cut) in cuts.enumerated().dropFirst() {
            let end = index + 1 < cuts.count ? cuts[index + 1] : table.rows.upperBound
            var piece = [UInt8](repeating: UInt8(ascii: "\n"), count: cut - 2)
            piece += header
            piece += delimiter
            piece += body[lines[cut]..<(end < lines.count ? lines[end] : body.count)]
            pieces.append(piece)
        }
        self.pieces = pieces
        headerLine = table.header + 1
        firstRowLines = cuts.map { $0 + 1 }
        lastRowLine = table.rows.upperBound
    }

    /// The 0-based offset where each line starts.
    private static func lineStarts(_ body: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        var index = 0
        while index < body.count {
            if body[index] == UInt8(ascii: "\n"), index + 1 < body.count { starts.append(index + 1) }
            index += 1
        }
        return starts
    }

    /// The longest table of plain `|` rows: its header's line index and its rows' line indices (the table ends at an
    /// empty line or the end of the body; anything else after the rows and the table is not cut).
    private static func longestTable(_ lineCount: Int, _ line: (Int) -> UnsafeBufferPointer<UInt8>.SubSequence)
        -> (header: Int, rows: Range<Int>)? {
        var best: (header: Int, rows: Range<Int>)?
        var index = 1
        while index < lineCount {
            guard startsWithPipe(line(index - 1)), isDelimiterRow(line(index)) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lineCount, startsWithPipe(line(end)) { end += 1 }
            let endsCleanly = end == lineCount || isBlank(line(end))
            if endsCleanly, end - (index + 1) > (best?.rows.count ?? 0) { best = (index - 1, (index + 1)..<end) }
            index = end
        }
        return best
    }

    private static func startsWithPipe(_ line: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        line.first == UInt8(ascii: "|")
    }

    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }
    }

    /// `| --- | :-: |`: pipes, dashes, colons and spaces only, starting with a pipe and holding a dash.
    private static func isDelimiterRow(_ line: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        guard startsWithPipe(line), line.contains(UInt8(ascii: "-")) else { return false }
        return line.allSatisfy {
            $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: " ")
                || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n")
        }
    }
}
