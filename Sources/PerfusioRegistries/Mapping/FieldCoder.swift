import PerfusioCore

/// Writes a resolved value as a field's type and coding: a code, `Yes`/`No`, a number with the field's decimals,
/// an ISO date. Returns nil when the value cannot be written as that type (then the case has an error).
struct FieldCoder {
    let yesNo: YesNoCoding

    func code(_ value: FieldValue, for field: ProfileField) -> String? {
        switch field.type {
        case .code: return field.codes.first { $0.from.contains(value.matchKey) }?.code
        case .yesNo: return flag(value, matches: field.matches).map { $0 ? yesNo.yes : yesNo.no }
        case .integer, .age: return value.number.map { NumberFormatting.fixed($0.rounded(), digits: 0) }
        case .decimal: return value.number.map { NumberFormatting.fixed($0, digits: field.decimals) }
        case .text: return value.formatted
        case .date:
            if case .date(let d) = value { return d.description }
            if case .moment(let t) = value { return t.date.description }
            return nil
        case .datetime:
            if case .moment(let t) = value { return "\(t.date)T\(t.timeOfDay.withSeconds.prefix(5))" }
            return nil
        case .year:
            if case .date(let d) = value { return String(d.year) }
            if case .moment(let t) = value { return String(t.date.year) }
            return value.number.map { NumberFormatting.fixed($0, digits: 0) }
        }
    }

    /// A yes/no reading of a value: a flag, the text `yes`/`no`, or a text containing one of `matches`.
    private func flag(_ value: FieldValue, matches: [String]) -> Bool? {
        if case .flag(let b) = value { return b }
        if !matches.isEmpty, case .text(let t) = value {
            let text = t.lowercased()
            return matches.contains { text.contains($0.lowercased()) }
        }
        switch value.matchKey {
        case "yes", "true": return true
        case "no", "false", "none": return false
        default: return nil
        }
    }
}
