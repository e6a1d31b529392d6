extension ChartSVGWriter {
    static func writePanel(_ w: inout SVGWriter, _ p: PanelDrawing, _ d: ChartDrawing) {
        let width = d.plotRight - d.plotLeft
        w.open("g") { $0.literal("class", "panel"); $0.text("id", "\(d.idPrefix)-\(p.id)") }
        w.element("text", text: "\(p.title) (\(p.unit)\(p.secondaryUnit.map { ", right: \($0)" } ?? ""))") {
            $0.number("x", d.plotLeft)
            $0.number("y", p.top - 4)
            $0.literal("font-weight", "bold")
        }
        writeSeriesLegend(&w, p, d)
        for band in p.bands {
            w.element("rect") {
                $0.box(d.plotLeft, band.y0, width, band.y1 - band.y0)
                $0.literal("fill", "#d0d0d0")
                $0.literal("fill-opacity", "0.45")
            }
            w.element("text", text: band.label) {
                $0.number("x", d.plotLeft + 3)
                $0.number("y", band.y0 + 9)
                $0.literal("font-size", "8")
            }
        }
        for tick in p.ticks {
            w.element("line") {
                $0.line(d.plotLeft, tick.y, d.plotRight, tick.y)
                $0.literal("stroke", "#c8c8c8")
                $0.literal("stroke-width", "0.5")
            }
            w.element("text", text: tick.label) {
                $0.number("x", d.plotLeft - 4)
                $0.number("y", tick.y + 3)
                $0.literal("text-anchor", "end")
            }
        }
        for tick in p.secondaryTicks {
            w.element("text", text: tick.label) { $0.number("x", d.plotRight + 4); $0.number("y", tick.y + 3) }
        }
        for t in p.thresholds {
            // A threshold just above this one takes the space above the line: label this one below its line.
            let crowded = p.thresholds.contains { $0.y < t.y && t.y - $0.y < 10 }
            w.element("line") {
                $0.line(d.plotLeft, t.y, d.plotRight, t.y)
                $0.literal("stroke", "#333333")
                $0.literal("stroke-width", "0.9")
                $0.literal("stroke-dasharray", "5 3")
            }
            w.element("text", text: t.label) {
                $0.number("x", d.plotRight - 3)
                $0.number("y", crowded ? t.y + 8 : t.y - 2)
                $0.literal("text-anchor", "end")
                $0.literal("font-size", "8")
            }
        }
        w.element("rect") {
            $0.box(d.plotLeft, p.top, width, p.height)
            $0.literal("fill", "none")
            $0.literal("stroke", "#333333")
            $0.literal("stroke-width", "0.8")
        }
        for s in p.series { writeSeries(&w, s) }
        w.close("g")
    }

    static func writeFindings(_ w: inout SVGWriter, _ d: ChartDrawing) {
        guard let laneY = d.findingLaneY else { return }
        w.open("g") { $0.literal("class", "findings") }
        for f in d.findings {
            if let ring = f.ring {
                w.element("circle") {
                    $0.number("cx", ring.x)
                    $0.number("cy", ring.y)
                    $0.literal("r", "6")
                    $0.literal("fill", "none")
                    $0.literal("stroke", "#000000")
                    $0.literal("stroke-width", "1.5")
                }
            }
            w.open("g") { $0.literal("class", "finding") }
            w.element("title", text: f.title)
            w.element("polygon") { $0.diamond(f.x, laneY + 6, 6); findingStyle(&$0) }
            w.element("text", text: String(f.number)) {
                $0.number("x", f.x)
                $0.number("y", laneY + 9)
                $0.literal("text-anchor", "middle")
                $0.literal("font-size", "8")
            }
            w.close("g")
        }
        w.close("g")
    }

    static func writeTimeAxis(_ w: inout SVGWriter, _ d: ChartDrawing) {
        w.open("g") { $0.literal("class", "time-axis") }
        w.element("line") { $0.line(d.plotLeft, d.axisY, d.plotRight, d.axisY); $0.literal("stroke", "#333333") }
        for t in d.ticks {
            w.element("line") { $0.line(t.x, d.axisY, t.x, d.axisY + (t.isMajor ? 7 : 4)); $0.literal("stroke", "#333333") }
            w.element("text", text: t.label) {
                $0.number("x", t.x)
                $0.number("y", d.axisY + 16)
                $0.literal("text-anchor", "middle")
                if t.isMajor { $0.literal("font-weight", "bold") }
            }
        }
        w.close("g")
    }
}
