/// A stretch of a case between two events: a bypass run, a cross-clamp, a circulatory arrest.
///
/// Half-open: a moment at `start` is inside, a moment at `end` is not (a reading taken at `CPB off` is after
/// bypass; one taken at `Weaning started` is no longer full flow). `end` is nil while the closing event is
/// missing; such an interval extends to the end of the record and has no duration.
public struct CaseInterval: Hashable, Sendable, Codable {
    public var start: CaseTime
    public var end: CaseTime?
    /// Where the opening and closing events stand in the input.
    public var startLocation: SourceLocation?
    public var endLocation: SourceLocation?

    public init(start: CaseTime, end: CaseTime?, startLocation: SourceLocation? = nil, endLocation: SourceLocation? = nil) {
        self.start = start
        self.end = end
        self.startLocation = startLocation
        self.endLocation = endLocation
    }

    /// True when `time` lies in [start, end).
    public func contains(_ time: CaseTime) -> Bool { time >= start && (end.map { time < $0 } ?? true) }

    /// Seconds from start to end; nil while open.
    public var seconds: Int64? { end.map { $0.secondsSinceEpoch - start.secondsSinceEpoch } }

    /// Seconds this interval shares with `other` (0 when disjoint; open ends count up to the other's end).
    public func overlapSeconds(with other: CaseInterval) -> Int64 {
        let lo = max(start, other.start)
        let ends = [end, other.end].compactMap { $0 }
        guard let hi = ends.min() else { return 0 }
        return max(0, hi.secondsSinceEpoch - lo.secondsSinceEpoch)
    }

    /// This interval with `cut` removed: zero, one or two pieces.
    public func subtracting(_ cut: CaseInterval) -> [CaseInterval] {
        let cutEnd = cut.end
        if let e = end, e <= cut.start { return [self] }
        if let ce = cutEnd, ce <= start { return [self] }
        var pieces: [CaseInterval] = []
        if cut.start > start { pieces.append(CaseInterval(start: start, end: cut.start, startLocation: startLocation)) }
        if let ce = cutEnd, end.map({ ce < $0 }) ?? true {
            pieces.append(CaseInterval(start: ce, end: end, endLocation: endLocation))
        }
        return pieces
    }
}

extension Array where Element == CaseInterval {
    /// Total whole minutes (seconds summed, then rounded); nil when empty or when any interval is open.
    ///
    /// DOMAIN.md §1.7: CPB, cross-clamp and arrest durations = Σ over runs (off − on) in whole minutes.
    public var totalMinutes: Int? {
        guard !isEmpty else { return nil }
        var total: Int64 = 0
        for interval in self {
            guard let s = interval.seconds else { return nil }
            total += s
        }
        return Int((Double(total) / 60).rounded())
    }

    /// True when some interval contains `time`.
    public func containsTime(_ time: CaseTime) -> Bool { contains { $0.contains(time) } }

    /// These intervals with every interval of `cuts` removed.
    public func subtracting(_ cuts: [CaseInterval]) -> [CaseInterval] {
        cuts.reduce(self) { pieces, cut in pieces.flatMap { $0.subtracting(cut) } }
    }
}
