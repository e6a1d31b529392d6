import PerfusioCore

extension XMLCaseMapper {
    /// A reading: one child per parameter (its unit defaulting to the parameter's canonical unit), then other values.
    mutating func reading(_ e: DOMElement) -> Reading? {
        guard let time = time(e, "time") else { return nil }
        let readingOrigin = origin(e)
        let inherited = OriginAttributes(kind: readingOrigin.kind, device: readingOrigin.device)
        var reading = Reading(time: time, sample: choice(e, "sample", as: SampleType.self), origin: readingOrigin)
        for child in e.children {
            if child.isNamed("other") {
                reading.otherValues.append(labeled(child, inheriting: inherited))
            } else if let parameter = XMLCaseMapper.parameters[child.name] {
                reading.values[parameter] = value(child, of: parameter, inheriting: inherited)
            }
        }
        return reading
    }

    /// Parameters by element name.
    static let parameters = Dictionary(uniqueKeysWithValues: Parameter.allCases.map { ($0.rawValue, $0) })

    private mutating func value(_ e: DOMElement, of parameter: Parameter, inheriting inherited: OriginAttributes) -> ReadingValue {
        let written = e.attribute("value").map(DecimalText.trimmed)
        let number = written.flatMap { quantity($0, in: e, defaultUnit: parameter.canonicalUnit) }
        if let number, number.unit != parameter.canonicalUnit, (try? number.converted(to: parameter.canonicalUnit, substance: parameter.substance)) == nil {
            let unit = number.unit.display.isEmpty ? "no unit" : number.unit.display
            warn(XMLDiagnostics.unitMismatch, "\(parameter.displayName) in \(unit) does not convert to "
                 + "\(parameter.canonicalUnit.display.isEmpty ? "no unit" : parameter.canonicalUnit.display)", at: e)
        }
        return ReadingValue(quantity: number, text: e.attribute("text") ?? (number == nil ? "" : written),
                            flags: e.children("flag").map(\.text), excludedBy: e.attribute("excluded-by"),
                            origin: origin(e, inheriting: inherited))
    }
}
