extension TimeOfDay {
    /// True when `text` is a clock in ASCII digits and nothing else (`8:52`, `08:52`, `08:52:30`), in range or not
    /// (`25:00`): the shape most log times have, which ``init(text:)`` reads from its bytes.
    public static func isDigitClock(_ text: String) -> Bool { digitClockSeconds(text) != nil }

    /// For a digit clock, its seconds since midnight, or `.some(nil)` when out of range; nil for any other text
    /// (``init(text:)`` then reads it the general way).
    static func digitClockSeconds(_ text: String) -> Int?? {
        var fields: [Int] = []
        var value = 0, width = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ":") {
                guard width == 2 || (fields.isEmpty && width == 1), fields.count < 2 else { return nil }
                fields.append(value)
                value = 0
                width = 0
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), width < 2 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                width += 1
            }
        }
        guard width == 2, !fields.isEmpty else { return nil }
        fields.append(value)
        guard (0...23).contains(fields[0]), fields.dropFirst().allSatisfy({ (0...59).contains($0) }) else { return .some(nil) }
        return fields[0] * 3600 + fields[1] * 60 + (fields.count == 3 ? fields[2] : 0)
    }
}
