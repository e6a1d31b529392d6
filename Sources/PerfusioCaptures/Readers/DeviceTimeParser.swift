import PerfusioCore

/// Reads a device's time cells with a date pattern (`d.M.yyyy HH:mm`, `yyyy-MM-dd HH:mm:ss`, `HH:mm:ss`).
///
/// The pattern letters are those of Unicode date patterns: `d`/`dd` day, `M`/`MM` month, `yyyy` year, `H`/`HH` hour
/// (0–23), `mm` minute, `ss` second, `S…` fractions of a second (ignored); any other character must match itself.
/// A single letter takes one or two digits, a doubled letter exactly two. Patterns without a day, month and year give
/// bare times of day, placed on the case's dates when merging. (Foundation's DateFormatter gives the same answers but
/// took a quarter of an eight-hour import; this matcher is a few comparisons per cell.)
struct DeviceTimeParser {
    private enum Piece: Equatable {
        case field(Character, minDigits: Int, maxDigits: Int)
        case literal(Character)
    }

    private let pieces: [Piece]
    /// True when the pattern holds a date.
    let hasDate: Bool

    init(format: String) {
        var pieces: [Piece] = []
        var chars = Array(format)[...]
        while let c = chars.first {
            let run = chars.prefix { $0 == c }.count
            chars = chars.dropFirst(run)
            guard "yMdHmsS".contains(c) else { pieces += Array(repeating: .literal(c), count: run); continue }
            switch c {
            case "y": pieces.append(.field(c, minDigits: run == 2 ? 2 : 4, maxDigits: run == 2 ? 2 : 4))
            case "S": pieces.append(.field(c, minDigits: run, maxDigits: run))
            default: pieces.append(.field(c, minDigits: run == 1 ? 1 : 2, maxDigits: 2))
            }
        }
        self.pieces = pieces
        let letters = Set(format.filter(\.isLetter))
        hasDate = letters.contains("y") && letters.contains("M") && letters.contains("d")
    }

    /// True when `format` is a pattern this parser accepts: only the letters above, naming at least hours and minutes.
    static func isValid(_ format: String) -> Bool {
        let letters = Set(format.filter(\.isLetter))
        return letters.isSubset(of: ["y", "M", "d", "H", "m", "s", "S"]) && letters.contains("H") && letters.contains("m")
    }

    /// The date (when the pattern has one) and time of day in `text`, or nil when it does not match.
    func parse(_ text: String) -> (date: CaseDate?, time: TimeOfDay)? {
        var bytes = Array(text.utf8)[...]
        while bytes.first == 0x20 { bytes = bytes.dropFirst() }
        while bytes.last == 0x20 { bytes = bytes.dropLast() }
        var values: [Character: Int] = [:]
        for piece in pieces {
            switch piece {
            case .literal(let c):
                guard let b = bytes.first, c.asciiValue == b else { return nil }
                bytes = bytes.dropFirst()
            case .field(let letter, let minDigits, let maxDigits):
                let digits = bytes.prefix(maxDigits).prefix { (0x30...0x39).contains($0) }
                guard digits.count >= minDigits else { return nil }
                values[letter] = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                bytes = bytes.dropFirst(digits.count)
            }
        }
        guard bytes.isEmpty, let h = values["H"], let m = values["m"], h < 24, m < 60, (values["s"] ?? 0) < 60 else { return nil }
        let time = TimeOfDay(secondsSinceMidnight: h * 3600 + m * 60 + (values["s"] ?? 0))
        guard hasDate else { return (nil, time) }
        let year = values["y"].map { $0 < 100 ? 2000 + $0 : $0 } ?? 0
        guard let date = CaseDate(year: year, month: values["M"] ?? 0, day: values["d"] ?? 0) else { return nil }
        return (date, time)
    }
}
