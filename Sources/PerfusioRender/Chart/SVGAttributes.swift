import PerfusioMarkdown

/// The attributes of the element ``SVGWriter`` is writing: each call appends ` name="value"` to the writer's
/// buffer, in the order of the calls.
///
/// Record text goes through ``text(_:_:)``, which sanitizes and escapes it; ``literal(_:_:)`` takes only a value
/// written in our source (a colour, a dash pattern), which must need no escaping (checked in debug builds).
struct SVGAttributes {
    /// The writer's whole buffer (the element's tag and everything before it).
    var bytes: [UInt8] = []

    /// A coordinate as ``svgNumber(_:)`` writes it (`12.5`, `-3`, `0`).
    mutating func number(_ name: StaticString, _ value: Double) {
        startValue(name)
        SVGBytes.appendNumber(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Text, sanitized and escaped (``XMLText/escaped(_:)``).
    mutating func text(_ name: StaticString, _ value: String) {
        startValue(name)
        SVGBytes.appendEscaped(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A value from our own source, copied as it is: no byte of it may need escaping.
    mutating func literal(_ name: StaticString, _ value: StaticString) {
        assert(value.withUTF8Buffer { !$0.contains { $0 < 0x20 || MarkdownHTML.isEscaped($0) } }, "\(value) needs escaping")
        startValue(name)
        append(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `x,y x,y …` (a polyline's or polygon's points).
    mutating func points(_ name: StaticString, _ points: [ChartPoint]) {
        startValue(name)
        for (i, p) in points.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: " ")) }
            SVGBytes.appendPoint(p, to: &bytes)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `Mx,yLx,y` for each pair of points (separate line segments of a path).
    mutating func segments(_ name: StaticString, _ points: [ChartPoint]) {
        startValue(name)
        for (i, p) in points.enumerated() {
            bytes.append(i % 2 == 0 ? UInt8(ascii: "M") : UInt8(ascii: "L"))
            SVGBytes.appendPoint(p, to: &bytes)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="`.
    private mutating func startValue(_ name: StaticString) {
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Our own markup, copied as it is.
    private mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
