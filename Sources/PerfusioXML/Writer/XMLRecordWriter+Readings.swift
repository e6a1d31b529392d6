import PerfusioCore

extension XMLRecordWriter {
    /// Writes the readings in their compact form: one child per parameter in `Parameter.allCases` order,
    /// the unit only when it is not the parameter's canonical unit, the text only when it is not the number.
    func writeReadings(_ readings: [Reading], to out: XMLOutput) {
        writeList("readings", readings, to: out) { reading in
            out.start("reading")
            out.time("time", reading.time)
            out.attribute("sample", reading.sample?.rawValue)
            out.origin(reading.origin)
            let inherited = OriginAttributes(reading.origin)
            for parameter in reading.values.keys.sorted() {
                if let value = reading.values[parameter] {
                    writeValue(value, of: parameter, inheriting: inherited, to: out)
                }
            }
            for other in reading.otherValues { writeLabeled("other", other, inheriting: inherited, to: out) }
            out.end()
        }
    }

    private func writeValue(_ value: ReadingValue, of parameter: Parameter, inheriting inherited: OriginAttributes,
                            to out: XMLOutput) {
        let number = value.quantity.flatMap { $0.value.isFinite ? $0 : nil }
        out.start(parameter.rawValue)
        out.attribute("value", number?.formattedValue)
        if let number, number.unit != parameter.canonicalUnit { out.attribute("unit", number.unit.rawValue) }
        if value.text != (number?.formattedValue ?? "") { out.attribute("text", value.text) }
        out.attribute("excluded-by", value.excludedBy)
        out.origin(value.origin, inheriting: inherited)
        for flag in value.flags { out.element("flag", text: flag) }
        out.end()
    }
}
