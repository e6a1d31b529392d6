import PerfusioCore
import Testing
@testable import PerfusioLogbook

@Suite struct ChargeTimelineTests {
    @Test func reliefsCutTheSpanIntoStints() {
        let record = InlineCases.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh"), (.studentPerformed, "T. Ng")],
                                     reliefs: [("08:30", "T. Ng takes over from J. Marsh"), ("09:00", "J. Marsh takes over from T. Ng")])
        let timeline = ChargeTimeline(record)
        #expect(timeline.minutes == 120)
        #expect(timeline.stints.map(\.name) == ["J. Marsh", "T. Ng", "J. Marsh"])
        #expect(timeline.stints.map(\.minutes) == [30, 30, 60])
    }

    @Test func typedDetailsWinOverTheText() {
        var record = InlineCases.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh")], reliefs: [("09:00", "handover")])
        record.events[1].details = EventDetails(incoming: "K. Lindqvist", outgoing: "J. Marsh")
        #expect(ChargeTimeline(record).stints.map(\.name) == ["J. Marsh", "K. Lindqvist"])
    }

    @Test func relievesIsReadToo() {
        let event = CaseEvent(time: CaseTime(secondsSinceEpoch: 0), kind: .relief, text: "Relief: K. Lindqvist relieves J. Marsh.")
        #expect(ChargeTimeline.names(in: event)! == ("K. Lindqvist", "J. Marsh"))
    }

    @Test func noStartOrEndGivesNoTimes() {
        let record = InlineCases.record("C1", on: "2025-09-01", team: [(.primaryPerfusionist, "J. Marsh")],
                                        events: [("08:00", .bypassOn, "CPB on")])
        let timeline = ChargeTimeline(record)
        #expect(timeline.minutes == nil)
        #expect(timeline.stints.isEmpty)
    }

    @Test func anEcmoRunAcrossDaysIsOneSpan() {
        let record = InlineCases.record("E1", on: "2025-09-01", kind: .ecmo, team: [(.ecmoSpecialist, "P. Andrade")],
                                        events: [("20:00", .ecmoOn, "ECMO on"), ("02:00", .relief, "R. Diaz takes over from P. Andrade"),
                                                 ("14:00", .ecmoOff, "ECMO off")])
        let timeline = ChargeTimeline(record)
        #expect(timeline.minutes == 18 * 60)
        #expect(timeline.stints.map(\.minutes) == [360, 720])
    }
}
