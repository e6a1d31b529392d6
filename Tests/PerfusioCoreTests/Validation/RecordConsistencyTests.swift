import Testing
import PerfusioCore

/// Timeline consistency over small inline records; each diagnostic asserted whole (id, severity, line, column).
@Suite struct RecordConsistencyTests {
    let date = CaseDate(iso: "2026-06-12")!

    /// Events at `HH:mm`, each on its own line from 17 in a file `t.md`, in the order given.
    func record(_ events: [(String, EventKind)], kind: CaseKind = .cpb, readings: [Reading] = []) -> PerfusionCase {
        let list = events.enumerated().map { i, e in
            CaseEvent(time: CaseTime(date: date, time: TimeOfDay(text: e.0)!), kind: e.1, text: e.1.displayName,
                      details: EventDetails(value: e.1 == .act ? Quantity(560, .seconds) : nil),
                      origin: .typed(at: SourceLocation(file: "t.md", line: 17 + i, column: 3)))
        }
        return PerfusionCase(header: CaseHeader(caseID: "T", kind: kind, date: date), events: list, readings: readings)
    }

    func summary(_ ds: [Diagnostic]) -> [String] {
        ds.map { "\($0.id) \($0.severity.rawValue) \($0.location?.description ?? "-")" }
    }

    @Test func brokenTimelineErrors() {
        let r = record([("08:40", .heparin), ("08:50", .crossClampOn), ("08:55", .bypassOn), ("10:30", .bypassOff),
                        ("10:20", .crossClampOff), ("10:45", .protamine)])
        let ds = RecordConsistency.check(r)
        #expect(summary(ds) == [
            "timeline.order warning t.md:21:3",
            "timeline.cross-clamp.outside-bypass error t.md:18:3",
            "timeline.act.missing error t.md:19:3",
        ])
        #expect(ds[1].message == "Cross-clamp on at 08:50 is before CPB on at 08:55")
        #expect(ds[2].message == "no ACT is recorded before CPB on at 08:55: anticoagulation must be confirmed before bypass")
        #expect(ds[0].message == "Cross-clamp off at 10:20 is written after CPB off at 10:30: the times are out of order")
        #expect(ds[0].related == [SourceLocation(file: "t.md", line: 20, column: 3)])
    }

    @Test func cleanRecordIsQuiet() {
        let r = record([("08:36", .act), ("08:52", .bypassOn), ("09:01", .crossClampOn), ("09:02", .cardioplegia),
                        ("10:14", .crossClampOff), ("10:35", .weaningStart), ("10:41", .bypassOff)])
        #expect(RecordConsistency.check(r).isEmpty)
    }

    @Test func actFromReadingCounts() {
        let act = Reading(time: CaseTime(date: date, time: TimeOfDay(text: "08:30")!),
                          values: [.act: ReadingValue(quantity: Quantity(520, .seconds))])
        #expect(RecordConsistency.check(record([("08:52", .bypassOn), ("10:41", .bypassOff)], readings: [act])).isEmpty)
        #expect(summary(RecordConsistency.check(record([("08:52", .bypassOn), ("10:41", .bypassOff)]))) ==
                ["timeline.act.missing error t.md:17:3"])
    }

    @Test func unpairedEvents() {
        let r = record([("08:30", .act), ("08:50", .bypassOff), ("08:52", .bypassOn), ("08:55", .bypassOn),
                        ("09:00", .crossClampOn)])
        #expect(summary(RecordConsistency.check(r)) == [
            "timeline.unopened error t.md:18:3",
            "timeline.reopened error t.md:20:3",
            "timeline.unclosed warning t.md:19:3",
            "timeline.unclosed warning t.md:21:3",
        ])
    }

    @Test func arrestWeaningAndCardioplegiaOutsideTheirPhases() {
        let r = record([("08:30", .act), ("08:40", .circulatoryArrestStart), ("08:45", .circulatoryArrestEnd),
                        ("08:52", .bypassOn), ("09:00", .cardioplegia), ("10:41", .bypassOff), ("10:45", .weaningStart)])
        #expect(summary(RecordConsistency.check(r)) == [
            "timeline.arrest.outside-bypass error t.md:18:3",
            "timeline.arrest.outside-bypass error t.md:19:3",
            "timeline.cardioplegia.outside-clamp warning t.md:21:3",
            "timeline.weaning.outside-bypass warning t.md:23:3",
        ])
    }

    @Test func ecmoRecordNeedsNoACT() {
        #expect(RecordConsistency.check(record([("21:52", .ecmoOn), ("23:00", .ecmoOff)], kind: .ecmo)).isEmpty)
    }

    @Test func catalogueHoldsEveryId() {
        #expect(Set(ConsistencyDiagnostics.all.map(\.id)).count == ConsistencyDiagnostics.all.count)
    }
}
