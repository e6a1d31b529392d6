import PerfusioCore

extension PerfusionChart {
    /// The values of one series, in time order.
    func values(of source: SeriesSpec.Source, in record: PerfusionCase, context: ChartContext) -> [TimedValue] {
        switch source {
        case .parameter(let p, let unit):
            return Self.values(p, in: unit, of: record, columns: context.columns) { $0 }
        case .flowIndex:
            guard let bsa = context.bodySurfaceArea, bsa > 0 else { return [] }
            return Self.values(.pumpFlow, in: .litresPerMinute, of: record, columns: context.columns) { $0 / bsa }
        case .oxygenDeliveryIndex:
            return context.oxygenDeliveryIndex.sorted { $0.time < $1.time }
        }
    }

    /// `parameter`'s valid values in `unit`, through `transform`, in reading order.
    static func values(_ parameter: Parameter, in unit: ClinicalUnit, of record: PerfusionCase, columns: ReadingColumns?,
                       _ transform: (Double) -> Double) -> [TimedValue] {
        ParameterSeries.readingValues(parameter, in: unit, of: record, columns: columns).map { TimedValue(time: $0.time, value: transform($0.value), unit: "") }
    }

    /// One panel laid out at `top`, with its series downsampled and clamped.
    func panel(_ spec: PanelSpec, data: [(spec: SeriesSpec, values: [TimedValue])], top: Double, scale: TimeScale) -> PanelDrawing {
        let bottom = top + panelHeight
        func y(_ v: Double, _ axis: ValueAxis) -> Double { bottom - axis.fraction(v) * panelHeight }
        let series = data.enumerated().map { index, item in
            let axis = item.spec.onSecondaryAxis ? (spec.secondaryAxis ?? spec.axis) : spec.axis
            return seriesDrawing(item.spec, item.values, style: SeriesStyle.at(index), scale: scale,
                                 y: { y($0, axis) }, top: top, bottom: bottom)
        }
        let ticks = spec.axis.ticks.map { (y: y($0, spec.axis), label: NumberFormatting.trimmed($0, maxDigits: 1)) }
        let secondary = spec.secondaryAxis.map { axis in
            axis.ticks.map { (y: y($0, axis), label: NumberFormatting.trimmed($0, maxDigits: 1)) }
        } ?? []
        let thresholds = spec.thresholds.map { t in
            (y: y(t.value, t.onSecondaryAxis ? (spec.secondaryAxis ?? spec.axis) : spec.axis), label: t.label)
        }
        let bands = spec.bands.map { b in
            (y0: max(y(b.range.upperBound, spec.axis), top), y1: min(y(b.range.lowerBound, spec.axis), bottom), label: b.label)
        }
        return PanelDrawing(id: spec.id, title: spec.title, top: top, height: panelHeight, ticks: ticks,
                            secondaryTicks: secondary, unit: spec.axis.unit, secondaryUnit: spec.secondaryAxis?.unit,
                            bands: bands, thresholds: thresholds, series: series)
    }

    /// A series in drawing coordinates: downsampled on the page, clamped to the panel, off-scale values marked.
    func seriesDrawing(_ spec: SeriesSpec, _ values: [TimedValue], style: SeriesStyle, scale: TimeScale,
                       y: (Double) -> Double, top: Double, bottom: Double) -> SeriesDrawing {
        let page = values.map { ChartPoint(x: scale.x($0.time), y: y($0.value)) }
        let kept = Downsampler.indices(page, threshold: Self.maxPointsPerSeries)
        var points: [ChartPoint] = [], offScale: [OffScaleMark] = []
        var lastOff: Bool? = nil
        for i in kept {
            let p = page[i], clamped = min(max(p.y, top), bottom)
            points.append(ChartPoint(x: p.x, y: clamped))
            let off: Bool? = p.y < top ? true : (p.y > bottom ? false : nil)
            if let off, off != lastOff {
                let v = values[i]
                offScale.append(OffScaleMark(x: p.x, y: clamped, isAbove: off, title:
                    "\(spec.name) \(NumberFormatting.trimmed(v.value, maxDigits: 2)) \(spec.unit) at \(v.time.timeOfDay), off scale"))
            }
            lastOff = off
        }
        let stride = max(1, points.count / 12)
        let markers = points.count <= 60 ? points : Swift.stride(from: 0, to: points.count, by: stride).map { points[$0] }
        return SeriesDrawing(name: spec.name, onSecondaryAxis: spec.onSecondaryAxis, style: style, points: points, markerPoints: markers,
                             offScale: offScale, sourceCount: values.count)
    }
}
