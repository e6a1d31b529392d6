import PerfusioCore
import PerfusioMarkdown

/// Coordinates written as UTF-8 bytes, for ``SVGAttributes``.
enum SVGBytes {
    static func appendPoint(_ p: ChartPoint, to out: inout ByteBuffer) {
        appendNumber(p.x, to: &out)
        out.append(UInt8(ascii: ","))
        appendNumber(p.y, to: &out)
    }

    /// The bytes of `svgNumber(value)` (one decimal, trailing zero dropped, no `-0`), made without a `String` when
    /// the rounding is clear: the same test and arithmetic as `NumberFormatting`'s fast path; anything else (a near
    /// tie, NaN, infinities, magnitudes from 1e9) is formatted by ``svgNumber(_:)`` itself.
    static func appendNumber(_ value: Double, to out: inout ByteBuffer) {
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
        var text = svgNumber(value)
        text.withUTF8 { out.append($0) }
    }

    static func appendDigits(_ n: UInt64, to out: inout ByteBuffer) {
        if n >= 10 { appendDigits(n / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
    }
}
