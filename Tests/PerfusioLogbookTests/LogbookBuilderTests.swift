import PerfusioCore
import Testing
@testable import PerfusioLogbook

@Suite struct LogbookBuilderTests {
    typealias C = InlineCases

    private func row(_ logbook: Logbook, _ name: String, case id: String) -> LogbookRow? {
        let ref = C.key.reference(for: CaseKey(caseID: id, date: C.date("2025-09-01")))
        return logbook.rows.first { $0.activity.reference == ref && $0.activity.writtenName == name }
    }

    @Test func primaryAndFirstAssistantCountInTheirTables() {
        let logbook = C.build([C.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh"), (.firstAssistantPerfusionist, "K. Lindqvist")])])
        #expect(row(logbook, "J. Marsh", case: "C1")?.credits == [CategoryCredit(category: "a", points: 1)])
        #expect(row(logbook, "K. Lindqvist", case: "C1")?.credits == [CategoryCredit(category: "b", points: 1)])
        #expect(row(logbook, "J. Marsh", case: "C1")?.activity.minutesInCharge == 120)
        #expect(row(logbook, "K. Lindqvist", case: "C1")?.activity.minutesInCharge == 0)
    }

    @Test func twoPrimariesAreCreditedToNeitherAndShown() {
        let logbook = C.build([C.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh"), (.primaryPerfusionist, "K. Lindqvist")])])
        #expect(row(logbook, "J. Marsh", case: "C1")?.exclusion == .twoPrimaries)
        #expect(row(logbook, "K. Lindqvist", case: "C1")?.exclusion == .twoPrimaries)
        #expect(logbook.conflicts.map(\.kind) == [.twoPrimaries])
        #expect(logbook.conflicts.first?.people == [.unlisted("J. Marsh"), .unlisted("K. Lindqvist")])
        #expect(logbook.diagnostics.map(\.id) == ["logbook.case.two-primaries"])
    }

    @Test func aPrimaryUnderSixtyPercentIsNotCredited() {
        let logbook = C.build([C.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh"), (.firstAssistantPerfusionist, "K. Lindqvist")],
                                     reliefs: [("08:50", "K. Lindqvist takes over from J. Marsh")])])
        #expect(row(logbook, "J. Marsh", case: "C1")?.exclusion == .underShare(percent: 41, required: 60))
        #expect(logbook.conflicts.map(\.kind) == [.primaryUnderShare])
        #expect(logbook.diagnostics.map(\.message) == [
            "case \(logbook.rows[0].activity.reference) of 2025-09-01: J. Marsh is written as primary but was in charge for 41 % of the case (at least 60 % needed)"])
        // The first assistant keeps their secondary credit: the institution named them assistant.
        #expect(row(logbook, "K. Lindqvist", case: "C1")?.counts == true)
    }

    @Test func aPrimaryAtSixtyPercentIsCredited() {
        let logbook = C.build([C.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh"), (.firstAssistantPerfusionist, "K. Lindqvist")],
                                     reliefs: [("09:12", "K. Lindqvist takes over from J. Marsh")])])
        #expect(row(logbook, "J. Marsh", case: "C1")?.counts == true)
        #expect(logbook.conflicts.isEmpty)
    }

    @Test func aPrimaryWithoutTimesCountsWithARemark() {
        let record = C.record("C1", on: "2025-09-01", team: [(.primaryPerfusionist, "J. Marsh")])
        let r = C.build([record]).rows[0]
        #expect(r.counts)
        #expect(r.remarks == ["role declared, time not verified"])
        #expect(r.activity.minutesInCharge == nil)
    }

    @Test func theSameCaseReadTwiceCountsOnce() {
        let a = C.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh")])
        let logbook = C.build([a, a])
        #expect(logbook.rows.count == 1)
        #expect(logbook.conflicts.map(\.kind) == [.readTwice])
        #expect(logbook.diagnostics.map(\.id) == ["logbook.case.duplicate"])
    }

    @Test func outsideThePeriodIsShownNotCounted() {
        let logbook = C.build([C.cpb("C1", on: "2025-06-30", team: [(.primaryPerfusionist, "J. Marsh")])])
        #expect(logbook.rows[0].exclusion == .outsidePeriod)
    }

    @Test func oneSecondaryCreditPerCase() {
        let logbook = C.build([C.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh"), (.firstAssistantPerfusionist, "K. Lindqvist"),
                                                  (.firstAssistantPerfusionist, "R. Diaz")])])
        #expect(row(logbook, "K. Lindqvist", case: "C1")?.counts == true)
        #expect(row(logbook, "R. Diaz", case: "C1")?.exclusion == .alreadyCredited(category: "Table B"))
    }

    @Test func reliefOnlyPeopleAreShownButNotCredited() {
        let logbook = C.build([C.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh")],
                                     reliefs: [("09:00", "R. Diaz takes over from J. Marsh"), ("09:20", "J. Marsh takes over from R. Diaz")])])
        let diaz = row(logbook, "R. Diaz", case: "C1")
        #expect(diaz?.exclusion == .reliefOnly)
        #expect(diaz?.activity.role == .primaryPerfusionist)
        #expect(diaz?.activity.minutesInCharge == 20)
        #expect(row(logbook, "J. Marsh", case: "C1")?.activity.minutesInCharge == 100)
    }

    @Test func anObservedCaseIsNotPerformed() {
        let logbook = C.build([C.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh"), (.studentObserved, "T. Ng")], ageYears: 50)],
                              profile: C.examLike, period: nil)
        #expect(row(logbook, "T. Ng", case: "C1")?.exclusion == .observedNotPerformed)
        #expect(row(logbook, "J. Marsh", case: "C1")?.exclusion == .notInProfile)
    }

    @Test func aPaediatricObservedCaseCountsTowardThePaediatricCategoryOnly() {
        let logbook = C.build([C.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh"), (.studentObserved, "T. Ng")], ageYears: 3)],
                              profile: C.examLike, period: nil)
        #expect(row(logbook, "T. Ng", case: "C1")?.credits == [CategoryCredit(category: "paed", points: 1)])
    }

    @Test func ecmoShiftsAreCreditedWhenTheProfileSaysSo() {
        var profile = C.abcpLike
        profile.shiftCredit.isEnabled = true
        let run = C.record("E1", on: "2025-09-01", kind: .ecmo, team: [(.ecmoSpecialist, "P. Andrade")],
                           events: [("08:00", .ecmoOn, "ECMO on"), ("12:00", .relief, "R. Diaz takes over from P. Andrade"),
                                    ("19:00", .relief, "K. Lindqvist takes over from R. Diaz"), ("03:00", .ecmoOff, "ECMO off")])
        let rows = C.build([run], profile: profile).rows
        #expect(rows.map(\.activity.writtenName) == ["P. Andrade", "R. Diaz", "K. Lindqvist"])
        #expect(rows.map(\.activity.minutesInCharge) == [240, 420, 480])
        #expect(rows.map(\.exclusion) == [nil, .shiftTooShort(minutes: 420, required: 480), nil])
        #expect(rows.map(\.activity.role) == [.ecmoSpecialist, .ecmoSpecialist, .ecmoSpecialist])
    }

    @Test func withoutShiftCreditAnEcmoRunIsOneCaseForTheTeam() {
        let run = C.record("E1", on: "2025-09-01", kind: .ecmo, team: [(.ecmoSpecialist, "P. Andrade")],
                           events: [("08:00", .ecmoOn, "ECMO on"), ("12:00", .relief, "R. Diaz takes over from P. Andrade"),
                                    ("23:00", .ecmoOff, "ECMO off")])
        let rows = C.build([run]).rows
        #expect(rows.map(\.exclusion) == [nil, .reliefOnly])
    }

    @Test func unknownAndAmbiguousNamesWarnAndAreNotMerged() {
        let staff = StaffList(members: [StaffMember(id: "jmarsh", name: "Jane Marsh", aliases: ["J. Marsh"]),
                                        StaffMember(id: "jmarshall", name: "John Marshall", aliases: ["J. Marsh"]),
                                        StaffMember(id: "klind", name: "Karin Lindqvist", aliases: ["K. Lindqvist"])])
        let logbook = C.build([C.cpb("C1", team: [(.primaryPerfusionist, "J. Marsh"), (.firstAssistantPerfusionist, "K Lindqvist"),
                                                  (.studentPerformed, "T. Ng")])], staff: staff)
        #expect(logbook.diagnostics.map(\.id) == ["logbook.name.ambiguous", "logbook.name.unknown"])
        #expect(logbook.people == [.staff("klind"), .unlisted("J. Marsh"), .unlisted("T. Ng")])
        #expect(logbook.names[.staff("klind")] == "Karin Lindqvist")
    }
}
