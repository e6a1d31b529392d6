/// Writes a laid-out chart as SVG: phases, event lines and labels, panels, findings, time axis.
enum ChartSVGWriter {
    static func write(_ d: ChartDrawing) -> String {
        var w = SVGWriter()
        let id = d.idPrefix
        w.open("svg") {
            $0.literal("xmlns", "http://www.w3.org/2000/svg")
            $0.text("viewBox", "0 0 \(svgNumber(d.width)) \(svgNumber(d.height))")
            $0.number("width", d.width)
            $0.number("height", d.height)
            $0.literal("role", "img")
            $0.text("aria-labelledby", "\(id)-title \(id)-desc")
            $0.literal("class", "perfusion-chart")
            $0.literal("font-family", "Helvetica, Arial, sans-serif")
            $0.literal("font-size", "10")
        }
        w.element("title", text: d.title) { $0.text("id", "\(id)-title") }
        w.element("desc", text: d.summary) { $0.text("id", "\(id)-desc") }
        writeDefs(&w, id)
        writeLegend(&w, d)
        w.open("g") { $0.literal("class", "phases") }
        for band in d.phases {
            w.open("rect") {
                $0.box(band.x0, d.laneTop, band.x1 - band.x0, d.panelsBottom - d.laneTop)
                $0.text("fill", fill(band.kind, id))
            }
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
            w.open("pattern") {
                $0.text("id", "\(id)-\(name)")
                $0.literal("width", "6")
                $0.literal("height", "6")
                $0.literal("patternUnits", "userSpaceOnUse")
                $0.literal("patternTransform", "rotate(45)")
            }
            w.element("line") { $0.line(0, 0, 0, 6); hatchStyle(&$0) }
            if crossed {
                w.element("line") { $0.line(0, 0, 6, 0); hatchStyle(&$0) }
            }
            w.close("pattern")
        }
        w.close("defs")
    }

    static func hatchStyle(_ a: inout SVGAttributes) {
        a.literal("stroke", "#a0a0a0")
        a.literal("stroke-width", "0.9")
    }

    static func writeLegend(_ w: inout SVGWriter, _ d: ChartDrawing) {
        w.open("g") { $0.literal("class", "legend") }
        var x = d.plotLeft
        let kinds = ChartPhase.Kind.allCases.filter { k in d.phases.contains { $0.kind == k } }
        for kind in kinds {
            w.element("rect") {
                $0.box(x, 4, 14, 10)
                $0.text("fill", fill(kind, d.idPrefix))
                $0.literal("stroke", "#666")
                $0.literal("stroke-width", "0.5")
            }
            w.element("text", text: kind.displayName) { $0.number("x", x + 18); $0.literal("y", "13") }
            x += 26 + Double(kind.displayName.count) * 5.4
        }
        if !d.events.isEmpty {
            w.element("line") { $0.line(x, 4, x, 14); eventLineStyle(&$0) }
            w.element("text", text: "Event") { $0.number("x", x + 4); $0.literal("y", "13") }
            x += 44
        }
        if !d.findings.isEmpty {
            w.element("polygon") { $0.diamond(x + 5, 9, 5); findingStyle(&$0) }
            w.element("text", text: "Finding (numbered as in the list)") { $0.number("x", x + 14); $0.literal("y", "13") }
        }
        w.close("g")
    }

    static func eventLineStyle(_ a: inout SVGAttributes) {
        a.literal("stroke", "#555555")
        a.literal("stroke-width", "0.8")
        a.literal("stroke-dasharray", "1 2")
    }

    static func findingStyle(_ a: inout SVGAttributes) {
        a.literal("fill", "#ffffff")
        a.literal("stroke", "#000000")
        a.literal("stroke-width", "1.2")
    }

    static func writeEvents(_ w: inout SVGWriter, _ d: ChartDrawing) {
        w.open("g") { $0.literal("class", "events") }
        for e in d.events {
            w.element("line") { $0.line(e.x, e.y - 8, e.x, d.panelsBottom); eventLineStyle(&$0) }
            let x = e.anchorEnd ? e.x - 2 : e.x + 2
            w.open("text") {
                $0.number("x", x)
                $0.number("y", e.y)
                $0.literal("font-size", "9")
                if e.anchorEnd { $0.literal("text-anchor", "end") }
            }
            w.element("title", text: e.title)
            w.element("tspan", text: e.label)
            w.close("text")
        }
        w.close("g")
    }
}

extension SVGAttributes {
    /// `x`, `y`, `width`, `height` (a negative size drawn as 0).
    mutating func box(_ x: Double, _ y: Double, _ width: Double, _ height: Double) {
        number("x", x)
        number("y", y)
        number("width", max(width, 0))
        number("height", max(height, 0))
    }

    /// `x1`, `y1`, `x2`, `y2`.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) {
        number("x1", x1)
        number("y1", y1)
        number("x2", x2)
        number("y2", y2)
    }

    /// `points` of a diamond of half-width `r` centred on `x`, `y`.
    mutating func diamond(_ x: Double, _ y: Double, _ r: Double) {
        points("points", [ChartPoint(x: x, y: y - r), ChartPoint(x: x + r, y: y), ChartPoint(x: x, y: y + r),
                          ChartPoint(x: x - r, y: y)])
    }
}
