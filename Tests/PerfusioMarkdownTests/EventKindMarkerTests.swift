import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioMarkdown

@Suite struct EventKindMarkerTests {
    @Test func aKindTheTextDoesNotSayIsWrittenAsAMarker() throws {
        let date = try #require(CaseDate(year: 2026, month: 1, day: 1))
        let time = CaseTime(date: date, time: try #require(TimeOfDay(text: "09:22")))
        let record = PerfusionCase(header: CaseHeader(caseID: "T", kind: .cpb, date: date), events: [
            CaseEvent(time: time, kind: .cardioplegia, text: "Dose 2, 400 mL", details: EventDetails(volume: Quantity(400, .millilitres))),
            CaseEvent(time: time, kind: .bypassOn, text: "CPB on"),
        ])
        let written = LogWriter().write(record)
        #expect(written.contains("- 09:22 Dose 2, 400 mL {cardioplegia}\n- 09:22 CPB on\n"))
        let again = try #require(readLog(written).record)
        #expect(again.events.map(\.kind) == [.cardioplegia, .bypassOn])
        #expect(again.events.map(\.text) == ["Dose 2, 400 mL", "CPB on"])
        #expect(again.events.first?.details.volume == Quantity(400, .millilitres))
    }

    @Test func nestedItemContentIsKeptAsANote() throws {
        let text = minimalHeader + "## Events\n\n- 09:02 Cardioplegia #1\n  - line pressure 200 mmHg\n- 09:10 CPB on\n"
        let result = readLog(text)
        let record = try #require(result.record)
        #expect(record.events.map(\.kind) == [.cardioplegia, .bypassOn])
        #expect(record.notes.map(\.text) == ["- line pressure 200 mmHg"])
        #expect(result.diagnostics.map(Found.init) == [Found("read.unparsed", .warning, 9, 1)])
    }
}
