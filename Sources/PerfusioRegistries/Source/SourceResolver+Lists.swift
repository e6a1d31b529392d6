import PerfusioCore

extension SourceResolver {
    /// Units of one blood product given intra-operatively (prime included); 0 when the log says none were given.
    func bloodProductUnits(_ kind: BloodProductKind) -> SourceValue? {
        let given = record.bloodProducts.filter { $0.product == kind }
        if given.isEmpty {
            return record.noBloodProducts || !record.bloodProducts.isEmpty ? SourceValue(.integer(0)) : nil
        }
        let units = given.compactMap(\.units)
        guard units.count == given.count else { return nil }
        return SourceValue(.integer(units.reduce(0, +)), at: given.first?.origin?.location)
    }

    /// Yes when any blood product was given, no when the log says none, nil when it says nothing.
    func bloodProductsGiven() -> SourceValue? {
        if let first = record.bloodProducts.first { return SourceValue(.flag(true), at: first.origin?.location) }
        return record.noBloodProducts ? SourceValue(.flag(false)) : nil
    }

    /// Minimum, maximum, first or last valid value of a parameter in its canonical unit.
    func readings(_ parameter: Parameter, _ aggregate: SourcePath.ReadingAggregate) -> SourceValue? {
        let values = record.readings.compactMap { r in r.value(parameter).map { (r, $0) } }
        let chosen: (Reading, Double)? = switch aggregate {
        case .min: values.min { $0.1 < $1.1 }
        case .max: values.max { $0.1 < $1.1 }
        case .first: values.first
        case .last: values.last
        }
        guard let (reading, value) = chosen else { return nil }
        let digits = reading.values[parameter]?.quantity?.fractionDigits ?? 1
        return SourceValue(.number(value, digits: digits), at: reading.values[parameter]?.origin?.location ?? reading.origin?.location)
    }

    /// Millilitres of one fluid kind, summed; nil when no entry of that kind has a volume.
    func fluidVolume(_ kind: FluidKind) -> SourceValue? {
        let entries = record.fluids.filter { $0.kind == kind }
        let volumes = entries.compactMap { $0.volume?.value(in: .millilitres) }
        guard !volumes.isEmpty else { return nil }
        return SourceValue(.number(volumes.reduce(0, +), digits: 0), at: entries.first?.origin?.location)
    }

    /// The sites of cannulae of one role, joined; nil when none is recorded.
    func cannulaSites(_ role: Cannula.Role) -> SourceValue? {
        let cannulae = record.circuit.cannulae.filter { $0.role == role }
        guard !cannulae.isEmpty else { return nil }
        let sites = cannulae.map { $0.site ?? $0.text }.joined(separator: "; ")
        return SourceValue(.text(sites), at: cannulae.first?.origin?.location)
    }
}
