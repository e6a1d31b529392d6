import PerfusioCore
import Synchronization

/// One record as the checks see it: the record, its figures and phases (derived once), and series by name.
public struct RuleContext: Sendable {
    public let record: PerfusionCase
    public let figures: CaseFigures
    public var phases: CasePhases { figures.phases }
    let outlet: [TimedValue]
    /// True when every moment of the record is on the header's date (times then show as `09:35`).
    let isOneDay: Bool
    /// Series already taken from the record: many rules read the same parameter.
    private let memo = SeriesMemo()

    public init(record: PerfusionCase, figures: CaseFigures? = nil) {
        self.record = record
        self.figures = figures ?? CaseFigures(record: record)
        outlet = ParameterSeries.values(.arterialOutletTemperature, in: record)
        let times = record.events.map(\.time) + record.readings.map(\.time)
        isOneDay = times.allSatisfy { $0.date == record.header.date }
    }

    /// `09:35` for a one-day case, `2026-05-03 02:00` for a run over days.
    public func text(_ time: CaseTime) -> String { isOneDay ? time.timeOfDay.description : time.description }

    /// The arterial outlet temperature at `time`: the last recorded at or before it, nil when none.
    public func outletTemperature(at time: CaseTime) -> Double? {
        // `outlet` is in time order: the first value after `time`, by halving, then the one before it.
        var low = 0, high = outlet.count
        while low < high {
            let middle = (low + high) / 2
            if outlet[middle].time <= time { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? outlet[low - 1].value : nil
    }

    /// The values of `name` at each reading that has them, in time order.
    public func series(_ name: SeriesName) -> [TimedValue] {
        memo.values(name) {
            switch name {
            case .parameter(let p): ParameterSeries.values(p, in: record)
            case .derived(let d): derived(d)
            }
        }
    }

    /// The stretches where `applicability`'s phases hold (the whole record when it names none).
    public func windows(_ applicability: Applicability) -> [CaseInterval] {
        var base: [CaseInterval]
        if let phases = applicability.phases {
            base = phases.flatMap { self.phases.intervals(of: $0) }.sorted { $0.start < $1.start }
        } else {
            base = [CaseInterval(start: CaseTime(secondsSinceEpoch: Int64.min / 4), end: nil)]
        }
        for phase in applicability.exceptPhases { base = base.subtracting(self.phases.intervals(of: phase)) }
        return base
    }

    func derived(_ d: DerivedSeries) -> [TimedValue] {
        let make = { (r: Reading, v: Double) in
            TimedValue(time: r.time, value: v, unit: d.unitDisplay, fractionDigits: d.fractionDigits, location: r.origin?.location)
        }
        switch d {
        case .oxygenDeliveryIndex, .flowIndex:
            return zip(record.readings, figures.oxygenDelivery).compactMap { r, o in
                (d == .flowIndex ? o.flowIndex : o.deliveryIndex).map { make(r, $0) }
            }
        case .flowPerKilogram:
            guard let kg = record.patient.weightKilograms, kg > 0 else { return [] }
            return record.readings.compactMap { r in r.value(.pumpFlow, in: .millilitresPerMinute).map { make(r, $0 / kg) } }
        case .oxygenatorPressureDrop:
            return difference(.preOxygenatorPressure, .postOxygenatorPressure, make)
        case .arterialVenousGradient:
            return difference(.arterialOutletTemperature, .venousInflowTemperature, make)
        case .venousArterialGradient:
            return difference(.venousInflowTemperature, .arterialOutletTemperature, make)
        case .arterialOutletRate:
            let readings = record.readings.filter { $0.value(.arterialOutletTemperature) != nil }
            return zip(readings, readings.dropFirst()).compactMap { a, b in
                let minutes = b.time.minutes(since: a.time)
                guard minutes > 0, let ta = a.value(.arterialOutletTemperature), let tb = b.value(.arterialOutletTemperature)
                else { return nil }
                return make(b, (tb - ta) / minutes)
            }
        }
    }

    private func difference(_ a: Parameter, _ b: Parameter, _ make: (Reading, Double) -> TimedValue) -> [TimedValue] {
        record.readings.compactMap { r in
            guard let x = r.value(a), let y = r.value(b) else { return nil }
            return make(r, x - y)
        }
    }
}

/// The series a context has made, by name (made once, on first use).
private final class SeriesMemo: Sendable {
    private let made = Mutex<[SeriesName: [TimedValue]]>([:])

    func values(_ name: SeriesName, make: () -> [TimedValue]) -> [TimedValue] {
        if let known = made.withLock({ $0[name] }) { return known }
        let values = make()
        made.withLock { $0[name] = values }
        return values
    }
}
