import PerfusioCore

/// A horizontal bar chart as SVG: one labelled bar per item, the value written at its end. Used by the quality
/// dashboard for counts, time distributions and the share of cases meeting each measure.
///
/// ```swift
/// let svg = BarChart(title: "Cases by kind", bars: [.init(label: "CPB", value: 480, text: "480")]).svg()
/// ```
public struct BarChart: Sendable {
    /// One bar: its label, its length in the chart's units, and the text written beside it.
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        public var text: String
        public init(label: String, value: Double, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    public var title: String
    public var bars: [Bar]
    /// The value a full-width bar stands for; the largest bar when nil (at least 1).
    public var scaleMaximum: Double?
    /// A short id prefix that keeps element ids unique when several charts share a page.
    public var idPrefix: String

    public init(title: String, bars: [Bar], scaleMaximum: Double? = nil, idPrefix: String = "bars") {
        self.title = title
        self.bars = bars
        self.scaleMaximum = scaleMaximum
        self.idPrefix = idPrefix
    }

    static let labelWidth = 170.0, barWidth = 300.0, rowHeight = 18.0, top = 8.0

    /// The chart as a standalone `<svg>` element; every text escaped.
    public func svg() -> String {
        let height = Self.top * 2 + Double(max(bars.count, 1)) * Self.rowHeight
        let width = Self.labelWidth + Self.barWidth + 60
        let maximum = max(scaleMaximum ?? bars.map(\.value).max() ?? 1, 1)
        var w = SVGWriter()
        w.open("svg") {
            $0.literal("xmlns", "http://www.w3.org/2000/svg")
            $0.text("viewBox", "0 0 \(svgNumber(width)) \(svgNumber(height))")
            $0.number("width", width)
            $0.number("height", height)
            $0.literal("role", "img")
            $0.text("aria-labelledby", "\(idPrefix)-title")
            $0.literal("class", "bar-chart")
            $0.literal("font-family", "Helvetica, Arial, sans-serif")
            $0.literal("font-size", "11")
        }
        w.element("title", text: title) { $0.text("id", "\(idPrefix)-title") }
        for (i, bar) in bars.enumerated() {
            let y = Self.top + Double(i) * Self.rowHeight
            let length = Self.barWidth * min(max(bar.value, 0), maximum) / maximum
            w.element("text", text: bar.label) {
                $0.number("x", Self.labelWidth - 6)
                $0.number("y", y + 12)
                $0.literal("text-anchor", "end")
            }
            w.element("rect") {
                $0.number("x", Self.labelWidth)
                $0.number("y", y + 3)
                $0.number("width", length)
                $0.number("height", Self.rowHeight - 6)
                $0.literal("fill", "#4a6f8a")
            }
            w.element("text", text: bar.text) { $0.number("x", Self.labelWidth + length + 4); $0.number("y", y + 12) }
        }
        w.close("svg")
        return w.text
    }
}
