extension ClockOffset {
    /// Seconds in a signed duration as `--clock-offset` takes it: `+1186`, `-60s`, `+19m46s`, `-1h`, `+00:19:46`,
    /// `-19:46` (minutes and seconds); nil for anything else. A leading `+`, `-` or `−` is optional.
    public static func seconds(parsing text: String) -> Int? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var sign = 1
        if let first = body.first, "+-−".contains(first) {
            sign = first == "+" ? 1 : -1
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return nil }
        if body.contains(":") {
            let parts = body.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 }),
                  parts.dropFirst().allSatisfy({ $0! < 60 }) else { return nil }
            return sign * parts.reduce(0) { $0 * 60 + $1! }
        }
        if let plain = Int(body), plain >= 0 { return sign * plain }
        var total = 0, number = "", units: Set<Character> = []
        for c in body {
            if c.isASCII, c.isNumber { number.append(c); continue }
            guard let n = Int(number), let factor = ["h": 3600, "m": 60, "s": 1][c], !units.contains(c) else { return nil }
            units.insert(c)
            total += n * factor
            number = ""
        }
        return number.isEmpty ? sign * total : nil
    }
}
