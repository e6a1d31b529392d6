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
    private let memo: SeriesMemo
    /// The cells by parameter, for a captured record (its series are then not looked up reading by reading).
    private let columns: ReadingColumns?

    public init(record: PerfusionCase, figures: CaseFigures? = nil) {
        self.init(record: record, figures: figures, columns: ReadingColumns.ofLargeRecord(record))
    }

    /// As ``init(record:figures:)``, reading series from `columns` (the record's, shared with its figures and chart).
    package init(record: PerfusionCase, figures: CaseFigures?, columns: ReadingColumns?) {
        self.record = record
        self.figures = figures ?? CaseFigures(record: record, columns: columns)
        self.columns = columns
        outlet = ParameterSeries.values(.arterialOutletTemperature, in: record, columns: columns)
        // A rule on the outlet temperature reads the same series: it starts the memo rather than being taken again.
        memo = SeriesMemo([.parameter(.arterialOutletTemperature): outlet])
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
            case .parameter(let p): ParameterSeries.values(p, in: record, columns: columns)
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
        // Readings are reached by index, never copied whole (a captured record has one a second).
        let make = { (index: Int, v: Double) in
            TimedValue(time: record.readings[index].time, value: v, unit: d.unitDisplay, fractionDigits: d.fractionDigits,
                       location: record.readings[index].origin?.location)
        }
        switch d {
        case .oxygenDeliveryIndex, .flowIndex:
            return figures.oxygenDelivery.prefix(record.readings.count).enumerated().compactMap { index, o in
                (d == .flowIndex ? o.flowIndex : o.deliveryIndex).map { make(index, $0) }
            }
        case .flowPerKilogram:
            guard let kg = record.patient.weightKilograms, kg > 0 else { return [] }
            return ParameterSeries.readingValues(.pumpFlow, in: .millilitresPerMinute, of: record, columns: columns).map { make($0.index, $0.value / kg) }
        case .oxygenatorPressureDrop:
            return difference(.preOxygenatorPressure, .postOxygenatorPressure, make)
        case .arterialVenousGradient:
            return difference(.arterialOutletTemperature, .venousInflowTemperature, make)
        case .venousArterialGradient:
            return difference(.venousInflowTemperature, .arterialOutletTemperature, make)
        case .arterialOutletRate:
            let outlet = ParameterSeries.readingValues(.arterialOutletTemperature, of: record, columns: columns)
            return zip(outlet, outlet.dropFirst()).compactMap { a, b in
                let minutes = b.time.minutes(since: a.time)
                guard minutes > 0 else { return nil }
                return make(b.index, (b.value - a.value) / minutes)
            }
        }
    }

    /// `a − b` at every reading that has both.
    private func difference(_ a: Parameter, _ b: Parameter, _ make: (Int, Double) -> TimedValue) -> [TimedValue] {
        let subtrahends = Dictionary(uniqueKeysWithValues: ParameterSeries.readingValues(b, of: record, columns: columns).map { ($0.index, $0.value) })
        return ParameterSeries.readingValues(a, of: record, columns: columns).compactMap { x in
            subtrahends[x.index].map { make(x.index, x.value - $0) }
        }
    }
}

/// The series a context has made, by name (made once, on first use).
private final class SeriesMemo: Sendable {
    private let made: Mutex<[SeriesName: [TimedValue]]>

    init(_ known: [SeriesName: [TimedValue]]) { made = Mutex(known) }

    func values(_ name: SeriesName, make: () -> [TimedValue]) -> [TimedValue] {
        if let known = made.withLock({ $0[name] }) { return known }
        let values = make()
        made.withLock { $0[name] = values }
        return values
    }
}
