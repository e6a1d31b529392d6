import PerfusioCore

/// The evaluated activity of everyone in a set of records under one profile and period: every row with its
/// credit or reason, the conflicts found, and the warnings. Per-person views and the department summary read it.
public struct Logbook: Hashable, Sendable {
    public var profile: CredentialProfile
    public var period: ReportingPeriod
    public var rows: [LogbookRow]
    public var conflicts: [LogbookConflict]
    public var diagnostics: [Diagnostic]
    /// Display names by person: the staff list's name, else the name as first written.
    public var names: [PersonKey: String]

    public init(profile: CredentialProfile, period: ReportingPeriod, rows: [LogbookRow], conflicts: [LogbookConflict],
                diagnostics: [Diagnostic], names: [PersonKey: String]) {
        self.profile = profile
        self.period = period
        self.rows = rows
        self.conflicts = conflicts
        self.diagnostics = diagnostics
        self.names = names
    }

    /// Everyone with a row, staff ids first, each in id order.
    public var people: [PersonKey] { Array(Set(rows.map(\.activity.person))).sorted() }

    /// The person `text` names: a staff id, or a name as written that the staff list did not resolve.
    public func person(named text: String) -> PersonKey? {
        people.first { $0.matches(text) }
    }

    /// The logbook of one person.
    public func entry(for person: PersonKey) -> PersonLogbook {
        PersonLogbook(person: person, name: names[person] ?? person.id, profile: profile, period: period,
                      rows: rows.filter { $0.activity.person == person },
                      conflicts: conflicts.filter { $0.people.contains(person) })
    }
}
