/// The valid values of one parameter across a record, in time order and in the parameter's canonical unit.
///
/// Only valid values count (``ReadingValue/isValid``: artefacts excluded). Blood-gas tensions and saturations
/// (pH, pCO2, pO2, SaO2) count only from arterial or unstated samples. ACT values written as events
/// (`08:36 ACT 556 s`) join the ACT readings.
public enum ParameterSeries {
    /// Parameters that describe arterial blood only when the sample is arterial.
    static let arterialOnly: Set<Parameter> = [.ph, .pco2, .po2, .sao2]

    /// Every valid value of `parameter` in `record`, sorted by time (stable).
    public static func values(_ parameter: Parameter, in record: PerfusionCase) -> [TimedValue] {
        values(parameter, in: record, columns: nil)
    }

    /// As ``values(_:in:)``, reading the cells from `columns` (the record's) when given.
    package static func values(_ parameter: Parameter, in record: PerfusionCase, columns: ReadingColumns?) -> [TimedValue] {
        var out: [TimedValue] = []
        let needsArterial = arterialOnly.contains(parameter)
        let unit = parameter.canonicalUnit, unitText = unit.display, substance = parameter.substance
        // Each reading is looked at in place: copying a whole `Reading` per value was most of this loop's cost on
        // a captured record (a reading a second, several series each).
        record.readings.withUnsafeBufferPointer { readings in
            ReadingColumns.forEachCell(of: parameter, in: readings, columns: columns) { index, cell in
                if needsArterial, !readings[index].isArterialOrUnstated { return }
                guard cell.isValid, let q = cell.quantity, let converted = try? q.converted(to: unit, substance: substance)
                else { return }
                out.append(TimedValue(time: readings[index].time, value: converted.value, unit: unitText,
                                      fractionDigits: converted.fractionDigits, parameter: parameter,
                                      location: cell.origin?.location ?? readings[index].origin?.location))
            }
        }
        if parameter == .act { out += actEvents(in: record) }
        // Readings are almost always in time order already; a stable sort of a sorted list changes nothing.
        if zip(out, out.dropFirst()).allSatisfy({ $0.time <= $1.time }) { return out }
        return out.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    /// The valid values of `parameter` in `unit` (its canonical unit when nil), reading by reading: the reading's
    /// index in `record.readings`, its time and the value, as ``Reading/value(_:in:)`` gives it. Every reading is
    /// looked at in place, not copied (a copy per reading dominated charts and derived series of captured records).
    public static func readingValues(_ parameter: Parameter, in unit: ClinicalUnit? = nil,
                                     of record: PerfusionCase) -> [(index: Int, time: CaseTime, value: Double)] {
        readingValues(parameter, in: unit, of: record, columns: nil)
    }

    /// As ``readingValues(_:in:of:)``, reading the cells from `columns` (the record's) when given.
    package static func readingValues(_ parameter: Parameter, in unit: ClinicalUnit? = nil, of record: PerfusionCase,
                                      columns: ReadingColumns?) -> [(index: Int, time: CaseTime, value: Double)] {
        var out: [(index: Int, time: CaseTime, value: Double)] = []
        let target = unit ?? parameter.canonicalUnit, substance = parameter.substance
        record.readings.withUnsafeBufferPointer { readings in
            ReadingColumns.forEachCell(of: parameter, in: readings, columns: columns) { index, cell in
                guard cell.isValid, let value = cell.quantity?.value(in: target, substance: substance) else { return }
                out.append((index, readings[index].time, value))
            }
        }
        return out
    }

    static func actEvents(in record: PerfusionCase) -> [TimedValue] {
        record.events(.act).compactMap { event in
            guard let q = event.details.value, let s = try? q.converted(to: .seconds) else { return nil }
            return TimedValue(time: event.time, value: s.value, unit: ClinicalUnit.seconds.display,
                              fractionDigits: s.fractionDigits, parameter: .act, location: event.origin?.location)
        }
    }
}
