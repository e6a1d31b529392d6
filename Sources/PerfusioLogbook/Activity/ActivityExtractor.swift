import PerfusioCore

/// Turns one case record into its logbook activities: one per perfusion team member (and per person who took
/// charge by a relief), or one per shift for kinds credited per shift.
public struct ActivityExtractor: Sendable {
    public var staff: StaffList?
    public var references: CaseReference
    /// Kinds split into one activity per shift (the profile's shift credit).
    public var shiftKinds: Set<CaseKind>

    public init(staff: StaffList?, references: CaseReference, shiftKinds: Set<CaseKind> = []) {
        self.staff = staff
        self.references = references
        self.shiftKinds = shiftKinds
    }

    /// The activities in `record` and the warnings about names the staff list does not resolve.
    public func activities(in record: PerfusionCase) -> (activities: [Activity], diagnostics: [Diagnostic]) {
        let timeline = ChargeTimeline(record)
        let key = CaseKey(caseID: record.header.caseID, date: record.header.date)
        // Free text shown in a logbook never carries the patient's identifiers, whatever was typed there.
        let redaction = IdentifierRedaction(record.patient.identity)
        let base = Activity(person: .unlisted(""), writtenName: "", caseKey: key, reference: references.reference(for: key),
                            date: record.header.date, institution: record.header.institution.map { redaction.redact($0) },
                            kind: record.header.kind, mode: record.header.mode.map { redaction.redact($0) }, role: .other,
                            caseMinutes: timeline.minutes,
                            ageGroup: AgeGroup(of: record))
        var diagnostics: [Diagnostic] = []
        var resolved: [String: PersonKey] = [:]
        func person(_ name: String, at origin: Origin?) -> PersonKey {
            if let known = resolved[PersonName.key(name)] { return known }
            let (key, warning) = resolve(name, at: origin)
            if let warning { diagnostics.append(warning) }
            resolved[PersonName.key(name)] = key
            return key
        }
        let members = record.team.filter(\.role.isPerfusion)
        for member in members { _ = person(member.name, at: member.origin) }
        for event in record.events where event.kind == .relief {
            guard let names = ChargeTimeline.names(in: event) else { continue }
            for name in [names.incoming] + (names.outgoing.map { [$0] } ?? []) { _ = person(name, at: event.origin) }
        }
        var out: [Activity] = []
        if shiftKinds.contains(record.header.kind), !timeline.stints.isEmpty {
            out = shiftActivities(timeline, members: members, base: base) { person($0, at: nil) }
            let inCharge = Set(out.map(\.person))
            for member in members where !inCharge.contains(person(member.name, at: nil)) {
                out.append(activity(base, member: member, person: person(member.name, at: nil), minutes: 0))
            }
        } else {
            var minutes: [PersonKey: Int] = [:]
            for stint in timeline.stints { minutes[person(stint.name, at: nil), default: 0] += stint.minutes }
            for member in members {
                let key = person(member.name, at: nil)
                out.append(activity(base, member: member, person: key, minutes: timeline.minutes == nil ? nil : minutes[key] ?? 0))
            }
            let named = Set(out.map(\.person))
            for stint in timeline.stints where !named.contains(person(stint.name, at: nil)) {
                let key = person(stint.name, at: nil)
                guard !out.contains(where: { $0.person == key }) else { continue }
                var row = activity(base, name: stint.name, person: key, role: role(of: stint, in: timeline, members: members))
                row.minutesInCharge = minutes[key]
                row.isNamedInTeam = false
                out.append(row)
            }
        }
        return (out, diagnostics)
    }

    private func shiftActivities(_ timeline: ChargeTimeline, members: [TeamMember], base: Activity,
                                 person: (String) -> PersonKey) -> [Activity] {
        timeline.stints.enumerated().map { index, stint in
            let member = members.first { PersonName.key($0.name) == PersonName.key(stint.name) }
            var row = activity(base, name: stint.name, person: person(stint.name),
                               role: member?.role ?? role(of: stint, in: timeline, members: members))
            row.supervisor = member?.supervisor
            row.minutesInCharge = stint.minutes
            row.shift = Shift(number: index + 1, isInitiation: index == 0, start: stint.start, end: stint.end)
            row.isNamedInTeam = member != nil
            return row
        }
    }

    private func activity(_ base: Activity, member: TeamMember, person: PersonKey, minutes: Int?) -> Activity {
        var row = activity(base, name: member.name, person: person, role: member.role)
        row.supervisor = member.supervisor
        row.minutesInCharge = minutes
        return row
    }

    private func activity(_ base: Activity, name: String, person: PersonKey, role: TeamRole) -> Activity {
        var row = base
        row.person = person
        row.writtenName = name
        row.role = role
        if person.isListed, let member = staff?.member(person.id) { row.isCertified = member.isCertified(on: base.date) }
        return row
    }

    /// The role of someone who took charge by relief only: the role of the team member they relieved, or of
    /// the first person in charge.
    private func role(of stint: ChargeTimeline.Stint, in timeline: ChargeTimeline, members: [TeamMember]) -> TeamRole {
        let earlier = timeline.stints.prefix { $0 != stint }.reversed()
        for previous in earlier {
            if let member = members.first(where: { PersonName.key($0.name) == PersonName.key(previous.name) }) { return member.role }
        }
        return members.first?.role ?? .primaryPerfusionist
    }

    private func resolve(_ name: String, at origin: Origin?) -> (PersonKey, Diagnostic?) {
        guard let staff else { return (.unlisted(name), nil) }
        switch staff.resolve(name) {
        case .member(let id): return (.staff(id), nil)
        case .unknown:
            return (.unlisted(name), LogbookDiagnostics.unknownName(
                "`\(name)` is not on the staff list; the row is kept under the name as written", at: origin?.location))
        case .ambiguous(let ids):
            return (.unlisted(name), LogbookDiagnostics.ambiguousName(
                "`\(name)` matches \(ids.joined(separator: ", ")) on the staff list; the row is kept under the name as written",
                at: origin?.location))
        }
    }
}
