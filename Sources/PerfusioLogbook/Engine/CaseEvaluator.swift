import PerfusioCore

/// Judges the activities of one case under a profile: which categories each counts in, or why it counts in
/// none, and the conflicts the case shows (two primaries, a primary under the required share).
struct CaseEvaluator: Sendable {
    let profile: CredentialProfile
    let period: ReportingPeriod

    /// The rows and conflicts of one case's activities (all from the same case, in team order).
    func evaluate(_ activities: [Activity], team: [TeamMember]) -> (rows: [LogbookRow], conflicts: [LogbookConflict]) {
        guard let first = activities.first else { return ([], []) }
        let inPeriod = period.contains(first.date)
        let primaries = activities.filter { $0.role == .primaryPerfusionist && $0.isNamedInTeam && $0.shift == nil }
        let hasTwoPrimaries = team.filter { $0.role == .primaryPerfusionist }.count > 1
        var conflicts: [LogbookConflict] = []
        if hasTwoPrimaries, inPeriod {
            conflicts.append(LogbookConflict(kind: .twoPrimaries, reference: first.reference, date: first.date,
                                             people: primaries.map(\.person),
                                             detail: "\(primaries.map(\.writtenName).joined(separator: " and ")) are both written as primary; neither is credited as primary"))
        }
        var used: Set<String> = []
        var rows: [LogbookRow] = []
        for activity in activities {
            var row = judge(activity, twoPrimaries: hasTwoPrimaries, inPeriod: inPeriod)
            if row.exclusion == nil { claimOnePerCase(&row, used: &used) }
            if case .underShare(let percent, let required) = row.exclusion {
                conflicts.append(LogbookConflict(kind: .primaryUnderShare, reference: first.reference, date: first.date,
                                                 people: [activity.person],
                                                 detail: "\(activity.writtenName) is written as primary but was in charge for \(percent) % of the case (at least \(required) % needed)"))
            }
            rows.append(row)
        }
        return (rows, conflicts)
    }

    /// The row for one activity, before the one-credit-per-case rule.
    private func judge(_ activity: Activity, twoPrimaries: Bool, inPeriod: Bool) -> LogbookRow {
        var row = LogbookRow(activity: activity)
        row.credits = profile.categories
            .filter { $0.matches(kind: activity.kind, role: activity.role, age: activity.ageGroup, paediatric: profile.paediatricGroups) }
            .map { CategoryCredit(category: $0.id, points: $0.points) }
        let claimsPrimary = profile.primary.roles.contains(activity.role) && activity.shift == nil
        if claimsPrimary, activity.caseMinutes == nil { row.remarks.append("role declared, time not verified") }
        row.exclusion = exclusion(of: activity, credited: !row.credits.isEmpty, claimsPrimary: claimsPrimary,
                                  twoPrimaries: twoPrimaries, inPeriod: inPeriod)
        return row
    }

    private func exclusion(of activity: Activity, credited: Bool, claimsPrimary: Bool, twoPrimaries: Bool,
                           inPeriod: Bool) -> ExclusionReason? {
        if !inPeriod { return .outsidePeriod }
        if let shift = activity.shift {
            let required = shift.isInitiation ? profile.shiftCredit.initiationMinutes : profile.shiftCredit.managedMinutes
            if shift.minutes < required { return .shiftTooShort(minutes: shift.minutes, required: required) }
        } else if !activity.isNamedInTeam {
            return .reliefOnly
        }
        if activity.role == .primaryPerfusionist, twoPrimaries, activity.shift == nil { return .twoPrimaries }
        if claimsPrimary, let minimum = profile.primary.minimumShare, let share = activity.shareInCharge, share < minimum {
            return .underShare(percent: Int((share * 100).rounded(.down)), required: Int((minimum * 100).rounded()))
        }
        if credited { return nil }
        if activity.role == .studentObserved, profile.categories.contains(where: {
            $0.matches(kind: activity.kind, role: .studentPerformed, age: activity.ageGroup, paediatric: profile.paediatricGroups)
        }) { return .observedNotPerformed }
        return .notInProfile
    }

    /// Drops credit in categories that allow one credit per case when another row of the case already holds it.
    private func claimOnePerCase(_ row: inout LogbookRow, used: inout Set<String>) {
        var kept: [CategoryCredit] = []
        var lost: String?
        for credit in row.credits {
            guard let category = profile.category(credit.category), category.isOnePerCase else { kept.append(credit); continue }
            if used.insert(credit.category).inserted { kept.append(credit) } else { lost = category.name }
        }
        row.credits = kept
        if kept.isEmpty, let lost { row.exclusion = .alreadyCredited(category: lost) }
    }
}
