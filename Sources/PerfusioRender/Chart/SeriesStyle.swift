/// How a series is drawn so it reads in black and white: a dash pattern and a marker shape, colour only as a help.
struct SeriesStyle: Hashable, Sendable {
    enum Marker: String, Sendable { case circle, square, triangle, diamond, cross, none }

    /// SVG `stroke-dasharray`, nil for a solid line.
    var dash: String?
    var marker: Marker
    /// A dark colour that stays distinct in greyscale print.
    var colour: String

    /// Styles in the order series of one panel take them: each differs from the others in dash and marker.
    static let cycle: [SeriesStyle] = [
        SeriesStyle(dash: nil, marker: .circle, colour: "#111111"),
        SeriesStyle(dash: "6 3", marker: .square, colour: "#1f4e9c"),
        SeriesStyle(dash: "2 2", marker: .triangle, colour: "#a8321e"),
        SeriesStyle(dash: "8 3 2 3", marker: .diamond, colour: "#2a6b2a"),
        SeriesStyle(dash: "1 3", marker: .cross, colour: "#6b3a8c"),
        SeriesStyle(dash: "10 4", marker: .none, colour: "#7a5a00"),
    ]

    /// The style of the `index`-th series in a panel.
    static func at(_ index: Int) -> SeriesStyle { cycle[index % cycle.count] }
}
