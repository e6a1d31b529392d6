import PerfusioCore

/// Finds the numbers with units in a line of text (`1000 mL at 8 °C` → 1000 mL, 8 °C), in order.
///
/// A number is followed by its unit, separated by a space or not (`100mcg`, `22 Fr`); the unit is looked up
/// in ``UnitSpellings``. Numbers without a known unit are reported with a nil unit, for callers that know it.
struct QuantityScanner {
    struct Found: Hashable {
        var value: Double
        var fractionDigits: Int
        var unit: ClinicalUnit?
        /// The word range in the text (offset of the number's first character).
        var offset: Int

        var quantity: Quantity? { unit.map { Quantity(value, $0, fractionDigits: fractionDigits) } }
    }

    /// Every number in `text` with the unit written after it, if any.
    static func scan(_ text: String) -> [Found] {
        let tokens = tokenize(text)
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            let (word, offset) = tokens[i]
            guard let (numberText, attached) = splitNumber(word), let (value, digits) = Quantity.parseNumber(numberText) else {
                i += 1
                continue
            }
            var unit: ClinicalUnit?
            if !attached.isEmpty {
                unit = UnitSpellings.unit(for: strip(attached))
            } else if i + 1 < tokens.count, let u = UnitSpellings.unit(for: strip(tokens[i + 1].word)), !strip(tokens[i + 1].word).isEmpty {
                unit = u
                i += 1
            }
            found.append(Found(value: value, fractionDigits: digits, unit: unit, offset: offset))
            i += 1
        }
        return found
    }

    /// The first quantity of one of `dimensions`.
    static func first(_ text: String, in dimensions: Set<Dimension>) -> Quantity? {
        first(scan(text), in: dimensions)
    }

    /// The first of quantities already `found` (by ``scan(_:)``) of one of `dimensions`.
    static func first(_ found: [Found], in dimensions: Set<Dimension>) -> Quantity? {
        found.lazy.compactMap(\.quantity).first { dimensions.contains($0.unit.dimension) }
    }

    /// Words split on spaces, with their character offsets; surrounding brackets and commas are removed.
    private static func tokenize(_ text: String) -> [(word: String, offset: Int)] {
        tokenizeASCII(text) ?? tokenizeCharacters(text)
    }

    /// ``tokenize(_:)`` for any text, by `Character`.
    static func tokenizeCharacters(_ text: String) -> [(word: String, offset: Int)] {
        var out: [(String, Int)] = []
        var current = "", start = 0
        for (i, c) in text.enumerated() {
            if c == " " || c == "\t" || c == "\n" || c == "\u{00A0}" {
                if !current.isEmpty { out.append((current, start)) }
                current = ""
            } else {
                if current.isEmpty { start = i }
                current.append(c)
            }
        }
        if !current.isEmpty { out.append((current, start)) }
        return out.map { word, offset in
            let lead = word.prefix { $0 == "(" || $0 == "[" || $0 == "~" || $0 == "≈" }.count
            return (String(word.dropFirst(lead)), offset + lead)
        }
    }

    /// ``tokenize(_:)`` on the bytes of ASCII text without CR, where byte offsets are character offsets; nil for other text.
    static func tokenizeASCII(_ text: String) -> [(word: String, offset: Int)]? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
        var out: [(String, Int)] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0A {
            if end > start {
                var lead = start
                while lead < end, bytes[lead] == UInt8(ascii: "(") || bytes[lead] == UInt8(ascii: "[") || bytes[lead] == UInt8(ascii: "~") {
                    lead += 1
                }
                out.append((String(decoding: bytes[lead..<end], as: UTF8.self), lead))
            }
            start = end + 1
        }
        return out
    }

    /// `36/46` → (`46`, ""), `100mcg` → (`100`, `mcg`), `8°C,` → (`8`, `°C,`); nil when the word is no number.
    private static func splitNumber(_ word: String) -> (String, String)? {
        splitNumberASCII(word) ?? splitNumberByCharacters(word)
    }

    /// ``splitNumber(_:)`` for any word, by `Character`.
    static func splitNumberByCharacters(_ word: String) -> (String, String)? {
        var w = word
        if let slash = w.firstIndex(of: "/"), w[..<slash].allSatisfy({ $0.isNumber }), !w[..<slash].isEmpty {
            let rest = w[w.index(after: slash)...]
            if let first = rest.first, first.isNumber { w = String(rest) }
        }
        let numberPart = w.prefix { $0.isNumber || $0 == "." || $0 == "-" || $0 == "−" || $0 == "+" }
        guard numberPart.contains(where: \.isNumber), !(numberPart.count > 1 && numberPart.dropFirst().contains("-")) else { return nil }
        var number = String(numberPart)
        while let last = number.last, last == "." { number.removeLast() }
        return (number, String(w.dropFirst(numberPart.count)))
    }

    /// ``splitNumber(_:)`` on the bytes of an ASCII word without CR (a number is then a digit `0`–`9`); `.some(nil)`
    /// when the word is no number, nil for other words.
    static func splitNumberASCII(_ word: String) -> (String, String)?? {
        let bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
        let isDigit = { (b: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }
        var w = bytes[...]
        if let slash = w.firstIndex(of: UInt8(ascii: "/")), slash > 0, w[..<slash].allSatisfy(isDigit),
           slash + 1 < w.endIndex, isDigit(w[slash + 1]) {
            w = w[(slash + 1)...]
        }
        let number = w.prefix { isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        guard number.contains(where: isDigit), !(number.count > 1 && number.dropFirst().contains(UInt8(ascii: "-"))) else {
            return .some(nil)
        }
        var kept = number
        while kept.last == UInt8(ascii: ".") { kept = kept.dropLast() }
        return (String(decoding: kept, as: UTF8.self), String(decoding: w[number.endIndex...], as: UTF8.self))
    }

    /// A unit word without trailing punctuation (`mL,` → `mL`, `°C)` → `°C`).
    private static func strip(_ word: String) -> String {
        var w = Substring(word)
        while let last = w.last, ",;:)].".contains(last) { w = w.dropLast() }
        return String(w)
    }
}
