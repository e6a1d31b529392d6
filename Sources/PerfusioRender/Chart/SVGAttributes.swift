import PerfusioMarkdown

/// The attributes of the element ``SVGWriter`` is writing: each call appends ` name="value"` to the writer's
/// buffer, in the order of the calls.
///
/// Record text goes through ``text(_:_:)``, which sanitizes and escapes it; ``literal(_:_:)`` takes only a value
/// written in our source (a colour, a dash pattern), which must need no escaping (checked in debug builds).
///
/// The buffer is ASCII bytes, which become a `String` quickly (a word at a time); text that is not ASCII (`°C`,
/// `–`) is appended to ``head`` as the `String` it already is, after the bytes before it. Bytes that all had to be
/// checked as UTF-8 (a chart holds a few such characters among 70 KB) took a byte at a time.
struct SVGAttributes: ~Copyable {
    /// The markup up to the last text that was not ASCII.
    private var head = ""
    /// The markup after ``head`` (the element's tag and everything before it): ASCII only.
    var bytes = ByteBuffer(capacity: 1 << 17)

    /// Everything written.
    var markup: String { head + bytes.string }

    /// A coordinate as ``svgNumber(_:)`` writes it (`12.5`, `-3`, `0`).
    mutating func number(_ name: StaticString, _ value: Double) {
        startValue(name)
        SVGBytes.appendNumber(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Text, sanitized and escaped (``XMLText/escaped(_:)``).
    mutating func text(_ name: StaticString, _ value: String) {
        startValue(name)
        appendEscaped(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A value from our own source, copied as it is: ASCII with nothing to escape.
    mutating func literal(_ name: StaticString, _ value: StaticString) {
        assert(value.withUTF8Buffer { !$0.contains { $0 < 0x20 || $0 >= 0x80 || MarkdownHTML.isEscaped($0) } }, "\(value) needs escaping")
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

    /// `text` sanitized and escaped (``XMLText/escaped(_:)``), copied as it is when it is ASCII with nothing to
    /// change; else appended to ``head``.
    mutating func appendEscaped(_ text: String) {
        if XMLText.scan(text, stopsAt: { MarkdownHTML.isEscaped($0) || $0 >= 0x80 }) {
            if head.isEmpty { head.reserveCapacity(1 << 17) }
            head.append(bytes.string)
            bytes.removeAll()
            head.append(XMLText.escaped(text))
        } else {
            var text = text
            text.withUTF8 { bytes.append($0) }
        }
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
        bytes.append(markup)
    }
}
