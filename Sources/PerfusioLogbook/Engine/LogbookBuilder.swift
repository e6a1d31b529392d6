import PerfusioCore

/// Builds a `Logbook` from case records: joins the same case read twice, extracts each person's activities,
/// and judges every row under the profile and period.
///
/// ```swift
/// let builder = LogbookBuilder(profile: abcp, staff: staff, references: CaseReference(siteKey: key))
/// let logbook = builder.build(records)
/// let marsh = logbook.entry(for: .staff("jmarsh"))
/// print(marsh.verdict.isMet)
/// ```
public struct LogbookBuilder: Sendable {
    public var profile: CredentialProfile
    public var staff: StaffList?
    public var references: CaseReference
    /// The period to count; nil means the profile's period holding the latest case read.
    public var period: ReportingPeriod?

    public init(profile: CredentialProfile, staff: StaffList? = nil, references: CaseReference, period: ReportingPeriod? = nil) {
        self.profile = profile
        self.staff = staff
        self.references = references
        self.period = period
    }

    /// The logbook of everyone in `records` (in input order; the first of two copies of a case is kept).
    public func build(_ records: [PerfusionCase]) -> Logbook {
        var diagnostics: [Diagnostic] = references.hasKey ? [] : [LogbookDiagnostics.noSiteKey(
            "no site key was given (--site-key FILE or PERFUSIO_SITE_KEY); case references are left out")]
        var conflicts: [LogbookConflict] = []
        let (cases, readCounts) = unique(records, diagnostics: &diagnostics)
        let period = period ?? profile.period.period(holding: cases.map(\.header.date).max() ?? CaseDate(year: 2000, month: 1, day: 1)!,
                                                     dates: cases.map(\.header.date))
        let extractor = ActivityExtractor(staff: staff, references: references,
                                          shiftKinds: profile.shiftCredit.isEnabled ? profile.shiftCredit.kinds : [])
        let evaluator = CaseEvaluator(profile: profile, period: period)
        var rows: [LogbookRow] = []
        var names: [PersonKey: String] = [:]
        for record in cases {
            let (activities, nameWarnings) = extractor.activities(in: record)
            diagnostics += nameWarnings
            let judged = evaluator.evaluate(activities, team: record.team)
            rows += judged.rows
            conflicts += judged.conflicts
            diagnostics += warnings(for: judged.conflicts, in: record)
            let key = CaseKey(caseID: record.header.caseID, date: record.header.date)
            if let count = readCounts[key], period.contains(key.date) {
                conflicts.append(LogbookConflict(kind: .readTwice, reference: references.reference(for: key), date: key.date,
                                                 people: activities.map(\.person),
                                                 detail: "read \(count) times (as Markdown and as XML, or twice); counted once"))
            }
            for activity in activities where names[activity.person] == nil {
                names[activity.person] = activity.person.isListed
                    ? staff?.member(activity.person.id)?.name ?? activity.writtenName : activity.writtenName
            }
        }
        rows.sort { ($0.activity.date, $0.activity.reference, $0.activity.shift?.number ?? 0) <
                    ($1.activity.date, $1.activity.reference, $1.activity.shift?.number ?? 0) }
        return Logbook(profile: profile, period: period, rows: rows, conflicts: conflicts.sorted { ($0.date, $0.reference) < ($1.date, $1.reference) },
                       diagnostics: diagnostics, names: names)
    }

    /// A warning for each conflict found in a case, at the primary's team entry.
    private func warnings(for conflicts: [LogbookConflict], in record: PerfusionCase) -> [Diagnostic] {
        let at = record.team.first { $0.role == .primaryPerfusionist }?.origin?.location ?? record.header.origin?.location
        return conflicts.compactMap { conflict in
            switch conflict.kind {
            case .twoPrimaries: LogbookDiagnostics.twoPrimaries("case \(conflict.reference) of \(conflict.date): \(conflict.detail)", at: at)
            case .primaryUnderShare: LogbookDiagnostics.primaryUnderShare("case \(conflict.reference) of \(conflict.date): \(conflict.detail)", at: at)
            case .readTwice: nil
            }
        }
    }

    /// The records with each case (case id and date) once, and how often each case read more than once was read.
    private func unique(_ records: [PerfusionCase], diagnostics: inout [Diagnostic]) -> ([PerfusionCase], [CaseKey: Int]) {
        var seen: [CaseKey: Int] = [:]
        var out: [PerfusionCase] = []
        for record in records {
            let key = CaseKey(caseID: record.header.caseID, date: record.header.date)
            seen[key, default: 0] += 1
            if seen[key] == 1 { out.append(record); continue }
            let reference = references.reference(for: key)
            diagnostics.append(LogbookDiagnostics.duplicateCase(
                "case \(reference) of \(key.date) was read again; it is counted once", at: record.header.origin?.location))
        }
        return (out, seen.filter { $0.value > 1 })
    }
}
