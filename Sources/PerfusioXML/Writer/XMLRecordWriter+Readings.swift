import PerfusioCore

extension XMLRecordWriter {
    /// Writes the readings in their compact form, one reading a line: one child per parameter in
    /// `Parameter.allCases` order, the unit only when it is not the parameter's canonical unit, the text only
    /// when it is not the number. (28,800 readings of ten parameters take about 8 MB.)
    func writeReadings(_ readings: [Reading], to out: XMLOutput) {
        guard !readings.isEmpty else { return }
        out.start("readings")
        out.setIndented(false)
        for reading in readings {
            out.raw("\n    ")
            writeReading(reading, to: out)
        }
        out.raw("\n  ")
        out.end()
        out.setIndented(true)
        out.raw("\n")
    }

    /// The order of parameter elements in a reading (the schema's sequence), computed once.
    static let parameterOrder = Parameter.allCases

    private func writeReading(_ reading: Reading, to out: XMLOutput) {
        out.start("reading")
        out.time("time", reading.time)
        out.attribute("sample", reading.sample?.rawValue)
        out.origin(reading.origin)
        let inherited = OriginAttributes(reading.origin)
        for parameter in XMLRecordWriter.parameterOrder {
            if let value = reading.values[parameter] { writeValue(value, of: parameter, inheriting: inherited, to: out) }
        }
        for other in reading.otherValues { writeLabeled("other", other, inheriting: inherited, to: out) }
        out.end()
    }

    private func writeValue(_ value: ReadingValue, of parameter: Parameter, inheriting inherited: OriginAttributes,
                            to out: XMLOutput) {
        let number = value.quantity.flatMap { $0.value.isFinite ? $0 : nil }
        let formatted = number?.formattedValue
        out.start(parameter.rawValue)
        out.attribute("value", formatted)
        if let number, number.unit != parameter.canonicalUnit { out.attribute("unit", number.unit.rawValue) }
        if value.text != (formatted ?? "") { out.attribute("text", value.text) }
        out.attribute("excluded-by", value.excludedBy)
        out.origin(value.origin, inheriting: inherited)
        for flag in value.flags { out.element("flag", text: flag) }
        out.end()
    }
}
