extension ChartSVGWriter {
    static func writePanel(_ w: inout SVGWriter, _ p: PanelDrawing, _ d: ChartDrawing) {
        let bottom = p.top + p.height, width = d.plotRight - d.plotLeft
        w.open("g", [("class", "panel"), ("id", "\(d.idPrefix)-\(p.id)")])
        w.element("text", [("x", .number(d.plotLeft)), ("y", .number(p.top - 4)), ("font-weight", "bold")],
                  text: "\(p.title) (\(p.unit)\(p.secondaryUnit.map { ", right: \($0)" } ?? ""))")
        writeSeriesLegend(&w, p, d)
        for band in p.bands {
            w.element("rect", rect(d.plotLeft, band.y0, width, band.y1 - band.y0) + [("fill", "#d0d0d0"), ("fill-opacity", "0.45")])
            w.element("text", [("x", .number(d.plotLeft + 3)), ("y", .number(band.y0 + 9)), ("font-size", "8")], text: band.label)
        }
        for tick in p.ticks {
            w.element("line", [("x1", .number(d.plotLeft)), ("y1", .number(tick.y)), ("x2", .number(d.plotRight)),
                               ("y2", .number(tick.y)), ("stroke", "#c8c8c8"), ("stroke-width", "0.5")])
            w.element("text", [("x", .number(d.plotLeft - 4)), ("y", .number(tick.y + 3)), ("text-anchor", "end")], text: tick.label)
        }
        for tick in p.secondaryTicks {
            w.element("text", [("x", .number(d.plotRight + 4)), ("y", .number(tick.y + 3))], text: tick.label)
        }
        for t in p.thresholds {
            // A threshold just above this one takes the space above the line: label this one below its line.
            let crowded = p.thresholds.contains { $0.y < t.y && t.y - $0.y < 10 }
            w.element("line", [("x1", .number(d.plotLeft)), ("y1", .number(t.y)), ("x2", .number(d.plotRight)),
                               ("y2", .number(t.y)), ("stroke", "#333333"), ("stroke-width", "0.9"), ("stroke-dasharray", "5 3")])
            w.element("text", [("x", .number(d.plotRight - 3)), ("y", .number(crowded ? t.y + 8 : t.y - 2)), ("text-anchor", "end"),
                               ("font-size", "8")], text: t.label)
        }
        w.element("rect", rect(d.plotLeft, p.top, width, p.height) + [("fill", "none"), ("stroke", "#333333"), ("stroke-width", "0.8")])
        for s in p.series { writeSeries(&w, s) }
        w.close("g")
    }

    static func writeSeries(_ w: inout SVGWriter, _ s: SeriesDrawing) {
        w.open("g", [("class", "series"), ("stroke", .text(s.style.colour))])
        w.element("title", text: "\(s.name): \(s.sourceCount) values")
        w.element("polyline", [("points", .points(s.points)), ("fill", "none"), ("stroke-width", "1.4")] +
                  (s.style.dash.map { [("stroke-dasharray", .text($0))] } ?? []))
        for p in s.markerPoints { writeMarker(&w, s.style.marker, p.x, p.y, colour: s.style.colour) }
        for off in s.offScale {
            let tip = off.isAbove ? off.y - 5 : off.y + 5
            w.open("polygon", [("points", .points([ChartPoint(x: off.x - 4, y: off.y), ChartPoint(x: off.x + 4, y: off.y), ChartPoint(x: off.x, y: tip)])),
                               ("fill", "#000000")])
            w.element("title", text: off.title)
            w.close("polygon")
        }
        w.close("g")
    }

    static func writeMarker(_ w: inout SVGWriter, _ marker: SeriesStyle.Marker, _ x: Double, _ y: Double, colour: String) {
        let fill = markerFill
        switch marker {
        case .circle: w.element("circle", [("cx", .number(x)), ("cy", .number(y)), ("r", "2.4")], fill)
        case .square: w.element("rect", rect(x - 2.2, y - 2.2, 4.4, 4.4), fill)
        case .triangle:
            w.element("polygon", [("points", .points([ChartPoint(x: x, y: y - 3), ChartPoint(x: x + 2.8, y: y + 2), ChartPoint(x: x - 2.8, y: y + 2)]))], fill)
        case .diamond: w.element("polygon", [("points", diamond(x, y, 3))], fill)
        case .cross:
            w.element("path", [("d", .segments([ChartPoint(x: x - 2.5, y: y - 2.5), ChartPoint(x: x + 2.5, y: y + 2.5),
                                           ChartPoint(x: x - 2.5, y: y + 2.5), ChartPoint(x: x + 2.5, y: y - 2.5)])),
                                  ("stroke-width", "1.2")])
        case .none: break
        }
    }

    static let markerFill: [(String, SVGValue)] = [("fill", "#ffffff"), ("stroke-width", "1")]

    /// Each series' name with a sample of its line and marker, right-aligned on the panel's title row.
    static func writeSeriesLegend(_ w: inout SVGWriter, _ p: PanelDrawing, _ d: ChartDrawing) {
        let labels = p.series.map { $0.onSecondaryAxis ? "\($0.name) (right)" : $0.name }
        let widths = labels.map { 30 + Double($0.count) * 5.4 }
        var x = d.plotRight - widths.reduce(0, +)
        let y = p.top - 7
        for ((s, label), width) in zip(zip(p.series, labels), widths) {
            w.open("g", [("class", "key"), ("stroke", .text(s.style.colour))])
            w.element("line", [("x1", .number(x)), ("y1", .number(y)), ("x2", .number(x + 18)), ("y2", .number(y)),
                               ("stroke-width", "1.4")] + (s.style.dash.map { [("stroke-dasharray", .text($0))] } ?? []))
            writeMarker(&w, s.style.marker, x + 9, y, colour: s.style.colour)
            w.element("text", [("x", .number(x + 22)), ("y", .number(y + 3)), ("stroke", "none"), ("fill", "#000000")], text: label)
            w.close("g")
            x += width
        }
    }

    static func writeFindings(_ w: inout SVGWriter, _ d: ChartDrawing) {
        guard let laneY = d.findingLaneY else { return }
        w.open("g", [("class", "findings")])
        for f in d.findings {
            if let ring = f.ring {
                w.element("circle", [("cx", .number(ring.x)), ("cy", .number(ring.y)), ("r", "6"), ("fill", "none"),
                                     ("stroke", "#000000"), ("stroke-width", "1.5")])
            }
            w.open("g", [("class", "finding")])
            w.element("title", text: f.title)
            w.element("polygon", [("points", diamond(f.x, laneY + 6, 6))] + findingStyle)
            w.element("text", [("x", .number(f.x)), ("y", .number(laneY + 9)), ("text-anchor", "middle"), ("font-size", "8")],
                      text: String(f.number))
            w.close("g")
        }
        w.close("g")
    }

    static func writeTimeAxis(_ w: inout SVGWriter, _ d: ChartDrawing) {
        w.open("g", [("class", "time-axis")])
        w.element("line", [("x1", .number(d.plotLeft)), ("y1", .number(d.axisY)), ("x2", .number(d.plotRight)),
                           ("y2", .number(d.axisY)), ("stroke", "#333333")])
        for t in d.ticks {
            w.element("line", [("x1", .number(t.x)), ("y1", .number(d.axisY)), ("x2", .number(t.x)),
                               ("y2", .number(d.axisY + (t.isMajor ? 7 : 4))), ("stroke", "#333333")])
            w.element("text", [("x", .number(t.x)), ("y", .number(d.axisY + 16)), ("text-anchor", "middle")] +
                      (t.isMajor ? [("font-weight", "bold")] : []), text: t.label)
        }
        w.close("g")
    }
}
