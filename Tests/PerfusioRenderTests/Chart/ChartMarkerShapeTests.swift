import PerfusioCore
import Testing
@testable import PerfusioRender

/// Each series' marker shape, as the chart writes it: the fifth series' cross has no fill (it is two strokes), and
/// a panel with all six series stays well-formed.
@Suite struct ChartMarkerShapeTests {
    static func marker(_ shape: SeriesStyle.Marker) -> String {
        var w = SVGWriter()
        ChartSVGWriter.writeMarker(&w, shape, 10, 20)
        return w.text
    }

    @Test func everyShape() {
        #expect(Self.marker(.circle) == "<circle cx=\"10\" cy=\"20\" r=\"2.4\" fill=\"#ffffff\" stroke-width=\"1\"/>\n")
        #expect(Self.marker(.square) == "<rect x=\"7.8\" y=\"17.8\" width=\"4.4\" height=\"4.4\" fill=\"#ffffff\" stroke-width=\"1\"/>\n")
        #expect(Self.marker(.triangle) == "<polygon points=\"10,17 12.8,22 7.2,22\" fill=\"#ffffff\" stroke-width=\"1\"/>\n")
        #expect(Self.marker(.diamond) == "<polygon points=\"10,17 13,20 10,23 7,20\" fill=\"#ffffff\" stroke-width=\"1\"/>\n")
        #expect(Self.marker(.cross) == "<path d=\"M7.5,17.5L12.5,22.5M7.5,22.5L12.5,17.5\" stroke-width=\"1.2\"/>\n")
        #expect(Self.marker(.none) == "")
    }

    @Test func sixTemperatureSitesDrawWellFormed() {
        let sites: [Parameter] = [.arterialOutletTemperature, .venousInflowTemperature, .nasopharyngealTemperature,
                                  .bladderTemperature, .rectalTemperature, .oesophagealTemperature]
        var record = RenderFixtures.bypassCase()
        record.readings = [0, 10].map { minute in
            RenderFixtures.reading(RenderFixtures.at(9, minute),
                                   Dictionary(uniqueKeysWithValues: sites.enumerated().map { i, site in
                                       (site, Quantity(30 + Double(i), .celsius))
                                   }))
        }
        let svg = PerfusionChart().svg(for: record)
        #expect(svg.contains("<path d=\"M"))
        #expect(WellFormedXML.error(in: svg) == nil)
    }
}
