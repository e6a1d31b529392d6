extension FrontMatterSplit {
    /// The split found on the UTF-8 bytes, looking only for the two fences and cutting the text there once; nil when
    /// the text holds a CR (the `Character` split then decides, where `"\r\n"` is one character).
    ///
    /// Every cut is just after a LF, which always ends a `Character`, so the pieces are the ones the line split joins.
    static func splittingBytes(_ text: String) -> FrontMatterSplit? {
        let utf8 = text.utf8
        let hasCR = utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\r")) } ?? utf8.contains(UInt8(ascii: "\r"))
        guard !hasCR else { return nil }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let firstStart = utf8.starts(with: bom) ? utf8.index(utf8.startIndex, offsetBy: bom.count) : utf8.startIndex
        let firstEnd = utf8[firstStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        guard isFence(utf8[firstStart..<firstEnd], allowingDots: false) else {
            return FrontMatterSplit(yaml: nil, body: text, bodyLineOffset: 0)
        }
        guard firstEnd < utf8.endIndex else { return FrontMatterSplit(yaml: "", body: "", bodyLineOffset: 1, isUnclosed: true) }
        let yamlStart = utf8.index(after: firstEnd)
        var start = yamlStart, line = 1
        while true {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if isFence(utf8[start..<end], allowingDots: true) {
                let yaml = line == 1 ? "\n" : String(text[yamlStart..<start])
                let body = end == utf8.endIndex ? "" : String(text[utf8.index(after: end)...])
                return FrontMatterSplit(yaml: yaml, body: body, bodyLineOffset: line + 1)
            }
            guard end < utf8.endIndex else {
                return FrontMatterSplit(yaml: String(text[yamlStart...]), body: "", bodyLineOffset: line + 1, isUnclosed: true)
            }
            start = utf8.index(after: end)
            line += 1
        }
    }

    /// `---` (or `...` when `allowingDots`) followed only by spaces and tabs.
    private static func isFence(_ line: Substring.UTF8View, allowingDots: Bool) -> Bool {
        var mark = line[...]
        while let last = mark.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { mark = mark.dropLast() }
        return mark.elementsEqual("---".utf8) || (allowingDots && mark.elementsEqual("...".utf8))
    }
}
