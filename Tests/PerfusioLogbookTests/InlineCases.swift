import PerfusioCore
@testable import PerfusioLogbook

/// The smallest records and profiles that show the logbook's behaviour, built inline.
enum InlineCases {
    static let key = CaseReference(siteKey: Array("test-site-key".utf8))

    static func date(_ text: String) -> CaseDate { CaseDate(iso: text)! }

    /// A record of `kind` on `day` with `team` and events at `HH:mm` on that day.
    static func record(_ id: String, on day: String, kind: CaseKind = .cpb, team: [(TeamRole, String)],
                       events: [(String, EventKind, String)] = [], ageYears: Int? = 64) -> PerfusionCase {
        let d = date(day)
        var placer = ClockPlacer(startingOn: d)
        let timed = events.map { time, kind, text in
            CaseEvent(time: placer.place(TimeOfDay(text: time)!), kind: kind, text: text)
        }
        return PerfusionCase(header: CaseHeader(caseID: id, kind: kind, date: d, institution: "St Example"),
                             team: team.map { TeamMember(role: $0.0, name: $0.1) },
                             patient: Patient(ageYears: ageYears), events: timed)
    }

    /// A CPB case from 08:00 to 10:00 with `team` and optional reliefs.
    static func cpb(_ id: String, on day: String = "2025-09-01", team: [(TeamRole, String)],
                    reliefs: [(String, String)] = [], ageYears: Int? = 64) -> PerfusionCase {
        record(id, on: day, team: team,
               events: [("08:00", .bypassOn, "CPB on")] + reliefs.map { ($0.0, .relief, "Relief: \($0.1)") }
                   + [("10:00", .bypassOff, "CPB off")], ageYears: ageYears)
    }

    /// A profile shaped like ABCP recertification: Table A (primary), Table B (one per case), 60 %, 40/25/15.
    static let abcpLike = CredentialProfile(
        id: "abcp-like", body: "Test board", gate: "Recertification", rulesVersion: "test",
        period: .yearFrom(month: 7, day: 1),
        primary: PrimaryRule(roles: [.primaryPerfusionist, .instructorPerfusionist], minimumShare: 0.6),
        shiftCredit: ShiftCreditRule(isEnabled: false, kinds: [.ecmo, .vad]),
        categories: [
            CreditCategory(id: "a", name: "Table A", unit: "primary activities",
                           counts: [CategoryMatch(kinds: [.cpb, .ecmo, .vad], roles: [.primaryPerfusionist, .instructorPerfusionist, .ecmoSpecialist])]),
            CreditCategory(id: "b", name: "Table B", unit: "secondary activities", isOnePerCase: true,
                           counts: [CategoryMatch(kinds: [.cpb], roles: [.firstAssistantPerfusionist]),
                                    CategoryMatch(kinds: [.standby], roles: [.primaryPerfusionist, .standbyPerfusionist])]),
        ],
        requirements: [
            Requirement(id: "total", name: "Clinical activities", unit: "clinical activities", minimum: 3,
                        terms: [RequirementTerm(category: "a"), RequirementTerm(category: "b", atMost: 1)]),
            Requirement(id: "primary", name: "Primary activities", unit: "primary activities", minimum: 2,
                        terms: [RequirementTerm(category: "a")]),
        ])

    /// A profile shaped like ABCP exam eligibility: CPB performed, paediatric observed or performed.
    static let examLike = CredentialProfile(
        id: "exam-like", body: "Test board", gate: "Exam", rulesVersion: "test", period: .open,
        categories: [
            CreditCategory(id: "cpb", name: "CPB performed", unit: "CPB cases performed",
                           counts: [CategoryMatch(kinds: [.cpb], roles: [.studentPerformed])]),
            CreditCategory(id: "paed", name: "Paediatric CPB", unit: "paediatric CPB cases",
                           counts: [CategoryMatch(kinds: [.cpb], roles: [.studentPerformed, .studentObserved], isPaediatricOnly: true)]),
        ],
        requirements: [
            Requirement(id: "cpb", name: "CPB performed", unit: "CPB cases performed", minimum: 2, terms: [RequirementTerm(category: "cpb")]),
            Requirement(id: "paed", name: "Paediatric", unit: "paediatric CPB cases", minimum: 1, terms: [RequirementTerm(category: "paed")]),
        ])

    static func build(_ records: [PerfusionCase], profile: CredentialProfile = abcpLike, staff: StaffList? = nil,
                      period: String? = "2025-07-01..2026-06-30") -> Logbook {
        LogbookBuilder(profile: profile, staff: staff, references: key, period: period.flatMap(ReportingPeriod.init(text:)))
            .build(records)
    }
}
