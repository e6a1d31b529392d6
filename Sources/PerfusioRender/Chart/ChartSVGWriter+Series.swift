extension ChartSVGWriter {
    static func writeSeries(_ w: inout SVGWriter, _ s: SeriesDrawing) {
        w.open("g") { $0.literal("class", "series"); $0.text("stroke", s.style.colour) }
        w.element("title", text: "\(s.name): \(s.sourceCount) values")
        w.element("polyline") {
            $0.points("points", s.points)
            $0.literal("fill", "none")
            $0.literal("stroke-width", "1.4")
            if let dash = s.style.dash { $0.text("stroke-dasharray", dash) }
        }
        for p in s.markerPoints { writeMarker(&w, s.style.marker, p.x, p.y) }
        for off in s.offScale {
            let tip = off.isAbove ? off.y - 5 : off.y + 5
            w.open("polygon") {
                $0.points("points", [ChartPoint(x: off.x - 4, y: off.y), ChartPoint(x: off.x + 4, y: off.y), ChartPoint(x: off.x, y: tip)])
                $0.literal("fill", "#000000")
            }
            w.element("title", text: off.title)
            w.close("polygon")
        }
        w.close("g")
    }

    static func writeMarker(_ w: inout SVGWriter, _ marker: SeriesStyle.Marker, _ x: Double, _ y: Double) {
        switch marker {
        case .circle: w.element("circle") { $0.number("cx", x); $0.number("cy", y); $0.literal("r", "2.4"); markerFill(&$0) }
        case .square: w.element("rect") { $0.box(x - 2.2, y - 2.2, 4.4, 4.4); markerFill(&$0) }
        case .triangle:
            w.element("polygon") {
                $0.points("points", [ChartPoint(x: x, y: y - 3), ChartPoint(x: x + 2.8, y: y + 2), ChartPoint(x: x - 2.8, y: y + 2)])
                markerFill(&$0)
            }
        case .diamond: w.element("polygon") { $0.diamond(x, y, 3); markerFill(&$0) }
        case .cross:
            w.element("path") {
                $0.segments("d", [ChartPoint(x: x - 2.5, y: y - 2.5), ChartPoint(x: x + 2.5, y: y + 2.5),
                                  ChartPoint(x: x - 2.5, y: y + 2.5), ChartPoint(x: x + 2.5, y: y - 2.5)])
                $0.literal("stroke-width", "1.2")
            }
        case .none: break
        }
    }

    static func markerFill(_ a: inout SVGAttributes) {
        a.literal("fill", "#ffffff")
        a.literal("stroke-width", "1")
    }

    /// Each series' name with a sample of its line and marker, right-aligned on the panel's title row.
    static func writeSeriesLegend(_ w: inout SVGWriter, _ p: PanelDrawing, _ d: ChartDrawing) {
        let labels = p.series.map { $0.onSecondaryAxis ? "\($0.name) (right)" : $0.name }
        let widths = labels.map { 30 + Double($0.count) * 5.4 }
        var x = d.plotRight - widths.reduce(0, +)
        let y = p.top - 7
        for ((s, label), width) in zip(zip(p.series, labels), widths) {
            w.open("g") { $0.literal("class", "key"); $0.text("stroke", s.style.colour) }
            w.element("line") {
                $0.line(x, y, x + 18, y)
                $0.literal("stroke-width", "1.4")
                if let dash = s.style.dash { $0.text("stroke-dasharray", dash) }
            }
            writeMarker(&w, s.style.marker, x + 9, y)
            w.element("text", text: label) {
                $0.number("x", x + 22)
                $0.number("y", y + 3)
                $0.literal("stroke", "none")
                $0.literal("fill", "#000000")
            }
            w.close("g")
            x += width
        }
    }
}
