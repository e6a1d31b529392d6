import PerfusioCore
import PerfusioMarkdown

/// An attribute value for ``SVGWriter``: text (escaped when written), a coordinate, or a list of points,
/// written straight into the writer's buffer without an intermediate `String` per number.
///
/// String literals and interpolations are text: `("fill", "#ffffff")`, `("id", "\(id)-title")`.
enum SVGValue: ExpressibleByStringInterpolation {
    /// Text, escaped for an attribute.
    case text(String)
    /// A coordinate as ``svgNumber(_:)`` writes it (`12.5`, `-3`, `0`).
    case number(Double)
    /// `x,y x,y …` (a polyline's or polygon's points).
    case points([ChartPoint])
    /// `Mx,yLx,y` for each pair of points (separate line segments of a path).
    case segments([ChartPoint])

    init(stringLiteral value: String) { self = .text(value) }
    init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
}

/// Writing ``SVGValue``s and coordinates as UTF-8 bytes.
enum SVGBytes {
    static func append(_ value: SVGValue, to out: inout [UInt8]) {
        switch value {
        case .text(let text): appendEscaped(text, to: &out)
        case .number(let number): appendNumber(number, to: &out)
        case .points(let points):
            for (i, p) in points.enumerated() {
                if i > 0 { out.append(UInt8(ascii: " ")) }
                appendPoint(p, to: &out)
            }
        case .segments(let points):
            for (i, p) in points.enumerated() {
                out.append(i % 2 == 0 ? UInt8(ascii: "M") : UInt8(ascii: "L"))
                appendPoint(p, to: &out)
            }
        }
    }

    /// `text` sanitized and escaped (``XMLText/escaped(_:)``), copied as it is when there is nothing to change.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        if XMLText.scan(text, stopsAt: MarkdownHTML.isEscaped) {
            out.append(contentsOf: XMLText.escaped(text).utf8)
        } else {
            var text = text
            text.withUTF8 { out.append(contentsOf: $0) }
        }
    }

    static func appendPoint(_ p: ChartPoint, to out: inout [UInt8]) {
        appendNumber(p.x, to: &out)
        out.append(UInt8(ascii: ","))
        appendNumber(p.y, to: &out)
    }

    /// The bytes of `svgNumber(value)` (one decimal, trailing zero dropped, no `-0`), made without a `String` when
    /// the rounding is clear: the same test and arithmetic as `NumberFormatting`'s fast path; anything else (a near
    /// tie, NaN, infinities, magnitudes from 1e9) is formatted by ``svgNumber(_:)`` itself.
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        if abs(value) < 1e9 {
            let scaled = abs(value) * 10
            let whole = scaled.rounded(.down), fraction = scaled - whole
            if abs(fraction - 0.5) > 2 * scaled.ulp {
                let n = UInt64(fraction > 0.5 ? whole + 1 : whole)
                if value < 0, n != 0 { out.append(UInt8(ascii: "-")) }
                appendDigits(n / 10, to: &out)
                if n % 10 != 0 {
                    out.append(UInt8(ascii: "."))
                    out.append(UInt8(ascii: "0") + UInt8(n % 10))
                }
                return
            }
        }
        out.append(contentsOf: svgNumber(value).utf8)
    }

    static func appendDigits(_ n: UInt64, to out: inout [UInt8]) {
        if n >= 10 { appendDigits(n / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
    }
}
