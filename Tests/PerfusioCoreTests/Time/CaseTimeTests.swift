import Testing
@testable import PerfusioCore

@Suite struct CaseTimeTests {
    @Test func roundTripsDays() {
        for days: Int64 in [-1000, 0, 19_000, 20_527, 60_000] {
            #expect(CaseDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CaseDate(iso: "2026-03-14")?.description == "2026-03-14")
        #expect(CaseDate(iso: "2026-02-30") == nil)
        #expect(CaseDate(iso: "2024-02-29") != nil)
    }
    @Test func parsesTimesOfDay() {
        #expect(TimeOfDay(text: "08:52")?.secondsSinceMidnight == 8 * 3600 + 52 * 60)
        #expect(TimeOfDay(text: "16:16:40")?.second == 40)
        #expect(TimeOfDay(text: "09:70") == nil)
        #expect(TimeOfDay(text: "24:00") == nil)
        #expect(TimeOfDay(text: "0852")?.description == "08:52")
    }
    @Test func ecmoRunTimeAcrossDays() throws {
        let on = try #require(CaseTime(iso: "2026-05-02 21:52"))
        let off = try #require(CaseTime(iso: "2026-05-05T15:30"))
        #expect(off.minutes(since: on) == 65 * 60 + 38)
        #expect(on.iso == "2026-05-02T21:52:00")
    }
    @Test func placesBareTimesAcrossMidnight() throws {
        var placer = ClockPlacer(startingOn: try #require(CaseDate(iso: "2026-03-14")))
        let a = placer.place(try #require(TimeOfDay(text: "22:40")))
        let b = placer.place(try #require(TimeOfDay(text: "01:15")))
        let c = placer.place(try #require(TimeOfDay(text: "01:05")))
        #expect(a.date.description == "2026-03-14")
        #expect(b.date.description == "2026-03-15")
        #expect(c.date.description == "2026-03-15")
        #expect(b.minutes(since: a) == 155)
    }
    @Test func agesCountBirthdays() throws {
        let dob = try #require(CaseDate(iso: "1958-07-02"))
        #expect(try #require(CaseDate(iso: "2026-03-14")).years(since: dob) == 67)
        #expect(try #require(CaseDate(iso: "2026-04-02")).months(since: try #require(CaseDate(iso: "2025-09-03"))) == 6)
    }
}
