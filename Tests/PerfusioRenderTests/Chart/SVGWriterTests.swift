import Testing
@testable import PerfusioRender

/// ``SVGWriter`` and ``SVGAttributes``: the markup of elements and attributes, and record text escaped in both.
@Suite struct SVGWriterTests {
    @Test func elementsAndAttributesInOrder() {
        var w = SVGWriter()
        w.open("g") { $0.literal("class", "panel"); $0.text("id", "chart-flow") }
        w.element("circle") { $0.number("cx", 12.04); $0.number("cy", -3.26); $0.literal("r", "2.4") }
        w.element("text", text: "MAP") { $0.number("x", 0); $0.literal("text-anchor", "end") }
        w.element("line")
        w.close("g")
        #expect(w.text == """
            <g class="panel" id="chart-flow">
             <circle cx="12" cy="-3.3" r="2.4"/>
             <text x="0" text-anchor="end">MAP</text>
             <line/>
            </g>

            """)
    }

    @Test func pointsAndSegments() {
        let points = [ChartPoint(x: 1, y: 2.25), ChartPoint(x: -0.5, y: 3)]
        var w = SVGWriter()
        w.element("polyline") { $0.points("points", points); $0.points("none", []) }
        w.element("path") { $0.segments("d", points + points) }
        let y = svgNumber(2.25)
        #expect(w.text == """
            <polyline points="1,\(y) -0.5,3" none=""/>
            <path d="M1,\(y)L-0.5,3M1,\(y)L-0.5,3"/>

            """)
    }

    /// Record text in an attribute or as content is escaped and stripped of characters XML forbids.
    @Test(arguments: ["plain", "", "a<b & \"c\" 'd'>", "</text><script>alert(1)</script>", "bell\u{7}", "\u{FFFE}",
                      "naïve °C", "tab\tnew\nline", "👩🏽‍⚕️", "\u{7F}", "<°>"])
    func recordTextEscaped(_ text: String) {
        var w = SVGWriter()
        w.element("title", text: text) { $0.text("id", text) }
        let escaped = XMLText.escaped(text)
        #expect(w.text == "<title id=\"\(escaped)\">\(escaped)</title>\n")
        #expect(!w.text.dropFirst().dropLast(9).contains { $0 == "<" })
    }

    /// Text that is not ASCII is kept apart from the ASCII bytes around it (``SVGAttributes``): the markup is still
    /// everything in the order written.
    @Test func asciiAndOtherTextInOrder() {
        var w = SVGWriter()
        w.open("g") { $0.text("id", "a") }
        w.element("text", text: "37 °C") { $0.number("x", 1) }
        w.element("title", text: "08:52–10:41 & after")
        w.element("line") { $0.text("stroke", "#111") }
        w.element("text", text: "Hct 21 %") { $0.text("class", "ü") }
        w.close("g")
        #expect(w.text == """
            <g id="a">
             <text x="1">37 °C</text>
             <title>08:52–10:41 &amp; after</title>
             <line stroke="#111"/>
             <text class="ü">Hct 21 %</text>
            </g>

            """)
    }
}
