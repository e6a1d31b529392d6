/// Writes a laid-out chart as SVG: phases, event lines and labels, panels, findings, time axis.
enum ChartSVGWriter {
    static func write(_ d: ChartDrawing) -> String {
        var w = SVGWriter()
        let id = d.idPrefix
        w.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(svgNumber(d.width)) \(svgNumber(d.height))"),
                       ("width", .number(d.width)), ("height", .number(d.height)),
                       ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"), ("class", "perfusion-chart"),
                       ("font-family", "Helvetica, Arial, sans-serif"), ("font-size", "10")])
        w.element("title", [("id", "\(id)-title")], text: d.title)
        w.element("desc", [("id", "\(id)-desc")], text: d.summary)
        writeDefs(&w, id)
        writeLegend(&w, d)
        w.open("g", [("class", "phases")])
        for band in d.phases {
            w.open("rect", rect(band.x0, d.laneTop, band.x1 - band.x0, d.panelsBottom - d.laneTop) + [("fill", .text(fill(band.kind, id)))])
            w.element("title", text: band.title)
            w.close("rect")
        }
        w.close("g")
        writeEvents(&w, d)
        for panel in d.panels { writePanel(&w, panel, d) }
        writeFindings(&w, d)
        writeTimeAxis(&w, d)
        w.close("svg")
        return w.text
    }

    /// Phase fills that differ in black and white: plain grey for support, hatching for the clamp, cross-hatching for arrest.
    static func fill(_ kind: ChartPhase.Kind, _ id: String) -> String {
        switch kind {
        case .bypass, .support: "#e4e4e4"
        case .crossClamp: "url(#\(id)-hatch)"
        case .circulatoryArrest: "url(#\(id)-crosshatch)"
        }
    }

    static func writeDefs(_ w: inout SVGWriter, _ id: String) {
        w.open("defs")
        for (name, crossed) in [("hatch", false), ("crosshatch", true)] {
            w.open("pattern", [("id", "\(id)-\(name)"), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse"),
                               ("patternTransform", "rotate(45)")])
            w.element("line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"), ("stroke", "#a0a0a0"), ("stroke-width", "0.9")])
            if crossed {
                w.element("line", [("x1", "0"), ("y1", "0"), ("x2", "6"), ("y2", "0"), ("stroke", "#a0a0a0"), ("stroke-width", "0.9")])
            }
            w.close("pattern")
        }
        w.close("defs")
    }

    static func writeLegend(_ w: inout SVGWriter, _ d: ChartDrawing) {
        w.open("g", [("class", "legend")])
        var x = d.plotLeft
        let kinds = ChartPhase.Kind.allCases.filter { k in d.phases.contains { $0.kind == k } }
        for kind in kinds {
            w.element("rect", rect(x, 4, 14, 10) + [("fill", .text(fill(kind, d.idPrefix))), ("stroke", "#666"), ("stroke-width", "0.5")])
            w.element("text", [("x", .number(x + 18)), ("y", "13")], text: kind.displayName)
            x += 26 + Double(kind.displayName.count) * 5.4
        }
        if !d.events.isEmpty {
            w.element("line", [("x1", .number(x)), ("y1", "4"), ("x2", .number(x)), ("y2", "14")] + eventLineStyle)
            w.element("text", [("x", .number(x + 4)), ("y", "13")], text: "Event")
            x += 44
        }
        if !d.findings.isEmpty {
            w.element("polygon", [("points", diamond(x + 5, 9, 5))] + findingStyle)
            w.element("text", [("x", .number(x + 14)), ("y", "13")], text: "Finding (numbered as in the list)")
        }
        w.close("g")
    }

    static let eventLineStyle: [(String, SVGValue)] = [("stroke", "#555555"), ("stroke-width", "0.8"), ("stroke-dasharray", "1 2")]
    static let findingStyle: [(String, SVGValue)] = [("fill", "#ffffff"), ("stroke", "#000000"), ("stroke-width", "1.2")]

    static func writeEvents(_ w: inout SVGWriter, _ d: ChartDrawing) {
        w.open("g", [("class", "events")])
        for e in d.events {
            w.element("line", [("x1", .number(e.x)), ("y1", .number(e.y - 8)), ("x2", .number(e.x)),
                               ("y2", .number(d.panelsBottom))] + eventLineStyle)
            let x = e.anchorEnd ? e.x - 2 : e.x + 2
            w.open("text", [("x", .number(x)), ("y", .number(e.y)), ("font-size", "9")] +
                   (e.anchorEnd ? [("text-anchor", "end")] : []))
            w.element("title", text: e.title)
            w.element("tspan", text: e.label)
            w.close("text")
        }
        w.close("g")
    }

    static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> [(String, SVGValue)] {
        [("x", .number(x)), ("y", .number(y)), ("width", .number(max(width, 0))), ("height", .number(max(height, 0)))]
    }

    static func diamond(_ x: Double, _ y: Double, _ r: Double) -> SVGValue {
        .points([ChartPoint(x: x, y: y - r), ChartPoint(x: x + r, y: y), ChartPoint(x: x, y: y + r), ChartPoint(x: x - r, y: y)])
    }
}
