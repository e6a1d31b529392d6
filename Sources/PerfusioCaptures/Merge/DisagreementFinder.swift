import PerfusioCore

/// Finds typed values that a captured value of the same parameter, within a minute and of the same blood category,
/// contradicts by more than the agreement limit. Both values stay in the record; the warning points at the typed
/// value and names the captured line.
struct DisagreementFinder {
    let limits: [Parameter: Double]
    /// How close in time two values must be to be compared.
    static let window: Int64 = 60

    func warnings(typed: [Reading], captured: [Reading]) -> [Diagnostic] {
        let sorted = captured.sorted { $0.time < $1.time }
        let times = sorted.map(\.time.secondsSinceEpoch)
        var out: [Diagnostic] = []
        for reading in typed {
            let t = reading.time.secondsSinceEpoch
            let lo = Self.firstIndex(in: times, atLeast: t - Self.window)
            let near = sorted[lo...].prefix { $0.time.secondsSinceEpoch <= t + Self.window }
                .filter { $0.sample.bloodCategory == reading.sample.bloodCategory }
            for parameter in reading.values.keys.sorted() {
                guard let limit = limits[parameter], let mine = reading.value(parameter),
                      let other = near.filter({ $0.value(parameter) != nil })
                          .min(by: { abs($0.time.secondsSinceEpoch - t) < abs($1.time.secondsSinceEpoch - t) }),
                      let theirs = other.value(parameter), abs(mine - theirs) > limit else { continue }
                let show = { (v: Double) in Quantity(v, parameter.canonicalUnit).description }
                var d = CaptureDiagnostics.disagreement(
                    "typed \(parameter.displayName) \(show(mine)) and captured \(show(theirs)) (\(other.origin?.device ?? "device"), "
                    + "\(other.time.timeOfDay.withSeconds)) differ by more than \(show(limit)); both are kept",
                    at: reading.origin?.location)
                if let related = other.origin?.location { d.related = [related] }
                out.append(d)
            }
        }
        return out
    }

    static func firstIndex(in times: [Int64], atLeast t: Int64) -> Int {
        var lo = 0, hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
