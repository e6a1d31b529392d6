import PerfusioCore

extension XMLCaseMapper {
    /// The quantity in `element`'s `value` and `unit` attributes; `defaultUnit` stands in for a missing unit.
    mutating func quantity(_ element: DOMElement?, defaultUnit: ClinicalUnit? = nil) -> Quantity? {
        guard let element, let text = element.attribute("value") else { return nil }
        return quantity(text, in: element, defaultUnit: defaultUnit)
    }

    /// The quantity written `text` in `element`, whose `unit` attribute (or `defaultUnit`) gives the unit.
    mutating func quantity(_ text: String, in element: DOMElement, defaultUnit: ClinicalUnit?) -> Quantity? {
        guard let unit = element.attribute("unit").map({ ClinicalUnit(rawValue: $0) }) ?? defaultUnit else { return nil }
        guard let (value, digits) = DecimalText.parse(text) else {
            invalid("'\(text)' cannot be read as a number (at most 32 characters)", at: element)
            return nil
        }
        return Quantity(value, unit, fractionDigits: digits)
    }

    /// A `yyyy-MM-ddTHH:mm:ss` attribute.
    func time(_ element: DOMElement, _ name: String) -> CaseTime? {
        element.attribute(name).flatMap(DecimalText.time)
    }

    /// An `xs:boolean` attribute (`true`, `false`, `1`, `0`).
    func flag(_ element: DOMElement, _ name: String) -> Bool? {
        switch element.attribute(name).map(DecimalText.trimmed) {
        case "true", "1": true
        case "false", "0": false
        default: nil
        }
    }

    /// An `xs:nonNegativeInteger` attribute; values too large for the model are reported.
    mutating func count(_ element: DOMElement, _ name: String) -> Int? {
        guard let text = element.attribute(name).map(DecimalText.trimmed) else { return nil }
        guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
            invalid("'\(text)' in '\(name)' is not a whole number the model can hold", at: element)
            return nil
        }
        return value
    }

    /// An enumerated attribute.
    func choice<T: RawRepresentable>(_ element: DOMElement, _ name: String, as type: T.Type) -> T? where T.RawValue == String {
        element.attribute(name).flatMap { T(rawValue: DecimalText.trimmed($0)) }
    }

    /// `<label label="…">text</label>`.
    func labeled(_ element: DOMElement, inheriting inherited: OriginAttributes = .typed) -> LabeledText {
        LabeledText(label: element.attribute("label") ?? "", text: element.text, origin: origin(element, inheriting: inherited))
    }
}
