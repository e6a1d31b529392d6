import PerfusioCore
import Testing
@testable import PerfusioLogbook

/// Recomputes each sample person's ABCP recertification verdict from the records by a separate, plain reading of
/// the rules (LOGBOOK.md §4 items 2–5), and compares it with the engine's.
@Suite struct IndependentVerdictTests {
    /// Table A and B credits per staff name as written, counted straight from the records.
    static func recount(_ records: [PerfusionCase], from: CaseDate, to: CaseDate) -> [String: (a: Int, b: Int)] {
        var counts: [String: (a: Int, b: Int)] = [:]
        var seen: Set<String> = []
        let tableA: Set<CaseKind> = [.cpb, .venovenousBypass, .isolatedLimbPerfusion, .organPerfusion, .ecmo, .vad]
        for record in records where from <= record.header.date && record.header.date <= to {
            guard seen.insert("\(record.header.caseID)|\(record.header.date)").inserted else { continue }
            let kind = record.header.kind
            let primaries = record.team.filter { $0.role == .primaryPerfusionist }
            for member in record.team {
                var entry = counts[member.name] ?? (0, 0)
                switch member.role {
                case .primaryPerfusionist where primaries.count == 1 && tableA.contains(kind) && share(of: member.name, in: record) >= 0.6:
                    entry.a += 1
                case .ecmoSpecialist where kind == .ecmo || kind == .vad, .instructorPerfusionist where kind == .cpb:
                    entry.a += 1
                case .primaryPerfusionist where kind == .standby, .standbyPerfusionist where kind == .standby:
                    entry.b += 1
                case .firstAssistantPerfusionist where kind == .cpb:
                    let earlier = record.team.prefix { $0 != member }.contains { $0.role == .firstAssistantPerfusionist }
                    if !earlier { entry.b += 1 }
                default: break
                }
                counts[member.name] = entry
            }
        }
        return counts
    }

    /// The share of the span from the first start to the last end event that `name` held, by the relief texts.
    static func share(of name: String, in record: PerfusionCase) -> Double {
        let starts = record.events.filter { [.bypassOn, .ecmoOn, .perfusionStart, .standbyStart, .deviceInsertion].contains($0.kind) }
        let ends = record.events.filter { [.bypassOff, .ecmoOff, .perfusionEnd, .standbyEnd, .deviceRemoval].contains($0.kind) }
        guard let start = starts.first?.time, let end = ends.last?.time else { return 1 }
        var holder = name, since = start, mine = 0.0
        for relief in record.events where relief.kind == .relief {
            guard let incoming = relief.details.incoming else { continue }
            if holder == name { mine += relief.time.minutes(since: since) }
            holder = incoming
            since = relief.time
        }
        if holder == name { mine += end.minutes(since: since) }
        return mine / end.minutes(since: start)
    }

    @Test func everyVerdictMatchesTheRecount() throws {
        let profile = try ProfileLoaderTests.shippedProfile("abcp-recertification")
        let logbook = try DepartmentSample.logbook(profile: profile)
        let counts = Self.recount(DepartmentSample.records, from: logbook.period.start, to: logbook.period.end)
        for person in logbook.people {
            let entry = logbook.entry(for: person)
            let written = try #require(DepartmentSample.records.flatMap(\.team).first { member in
                PersonName.key(member.name) == PersonName.key(entry.name) || entry.rows.first?.activity.writtenName == member.name
            }?.name)
            let (a, b) = counts[written] ?? (0, 0)
            let met = a >= 25 && a + min(b, 15) >= 40
            #expect(entry.totals.map(\.points) == [Double(a), Double(b)], "totals of \(person)")
            #expect(entry.verdict.isMet == met, "verdict of \(person)")
        }
    }
}
