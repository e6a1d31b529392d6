import PerfusioCore
import PerfusioYAML

/// Reads the parts of a credential profile, checking that every value says how far it was confirmed
/// (`status`) and that every source and category it names exists.
final class ProfileParts {
    let reader: DataFileReader
    var sourceIDs: Set<String> = []
    var categoryIDs: Set<String> = []

    init(reader: DataFileReader) { self.reader = reader }

    func source(_ value: YAMLValue) -> ProfileSource? {
        guard let f = reader.fields(value, "a source", allowed: ["id", "title", "url", "read", "official", "note"]),
              let id = f.text("id"), let title = f.text("title"), let url = f.text("url"), let read = f.date("read"),
              let official = f.flag("official") else { return nil }
        return ProfileSource(id: id, title: title, url: url, read: read, isOfficial: official)
    }

    func period(_ value: YAMLValue) -> PeriodRule? {
        guard let f = reader.fields(value, "the period", allowed: ["kind", "starts", "years", "status", "source", "note"]) else { return nil }
        _ = cited(f)
        switch f.text("kind") {
        case "year-from":
            guard let starts = f.value("starts") else { return nil }
            let parts = (starts.text ?? "").split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, CaseDate(year: 2000, month: parts[0], day: parts[1]) != nil else {
                reader.fail("`starts` in the period must be a month and day MM-DD, found `\(starts.text ?? "")`", at: starts.location)
                return nil
            }
            return .yearFrom(month: parts[0], day: parts[1])
        case "calendar-years": return f.number("years", minimum: 1).map { .calendarYears(Int($0)) }
        case "open": return .open
        case let other?:
            reader.fail("`\(other)` is not a period kind; expected one of year-from, calendar-years, open", at: f.value("kind")!.location)
            return nil
        case nil: return nil
        }
    }

    func primary(_ value: YAMLValue) -> PrimaryRule? {
        guard let f = reader.fields(value, "the primary rule", allowed: ["roles", "minimum_share", "status", "source", "note"]) else { return nil }
        let (status, source) = cited(f)
        let share = f.number("minimum_share", required: false)
        if let share, share > 1, let v = f.value("minimum_share") {
            reader.fail("`minimum_share` is a fraction of the case from 0 to 1 (0.6 for 60 %), found `\(Points.text(share))`", at: v.location)
        }
        return PrimaryRule(roles: Set(f.choices("roles", as: TeamRole.self)), minimumShare: share, status: status ?? .choice, source: source)
    }

    func shiftCredit(_ value: YAMLValue) -> ShiftCreditRule? {
        let keys = ["enabled", "kinds", "initiation_minutes", "managed_minutes", "status", "source", "note"]
        guard let f = reader.fields(value, "the shift credit", allowed: keys) else { return nil }
        let (status, source) = cited(f)
        return ShiftCreditRule(isEnabled: f.flag("enabled") ?? false, kinds: Set(f.choices("kinds", as: CaseKind.self)),
                               initiationMinutes: Int(f.number("initiation_minutes") ?? 240),
                               managedMinutes: Int(f.number("managed_minutes") ?? 480), status: status ?? .choice, source: source)
    }

    func paediatric(_ value: YAMLValue) -> Set<AgeGroup>? {
        guard let f = reader.fields(value, "the paediatric groups", allowed: ["age_groups", "status", "source", "note"]) else { return nil }
        _ = cited(f)
        return Set(f.choices("age_groups", as: AgeGroup.self))
    }

    func category(_ value: YAMLValue) -> CreditCategory? {
        let keys = ["id", "name", "unit", "points", "one_per_case", "counts", "status", "source", "note"]
        guard let f = reader.fields(value, "a category", allowed: keys) else { return nil }
        let (status, source) = cited(f)
        let counts = f.list("counts").compactMap(match)
        guard let id = f.text("id"), let name = f.text("name") else { return nil }
        return CreditCategory(id: id, name: name, unit: f.text("unit") ?? "", points: f.number("points") ?? 1,
                              isOnePerCase: f.flag("one_per_case", required: false) ?? false, counts: counts,
                              status: status ?? .choice, source: source)
    }

    func requirement(_ value: YAMLValue) -> Requirement? {
        let keys = ["id", "name", "unit", "minimum", "from", "per_calendar_year", "carry_over_at_most", "status", "source", "note"]
        guard let f = reader.fields(value, "a requirement", allowed: keys) else { return nil }
        let (status, source) = cited(f)
        let terms = f.list("from").compactMap(term)
        guard let id = f.text("id"), let name = f.text("name"), let unit = f.text("unit"), let minimum = f.number("minimum") else { return nil }
        return Requirement(id: id, name: name, unit: unit, minimum: minimum, terms: terms,
                           isPerCalendarYear: f.flag("per_calendar_year", required: false) ?? false,
                           carryOverLimit: f.number("carry_over_at_most", required: false) ?? 0,
                           status: status ?? .choice, source: source)
    }

    /// Refuses an id used twice in a list of mappings.
    func checkUnique(_ items: [YAMLValue], _ what: String) {
        var seen: Set<String> = []
        for item in items {
            guard let id = item["id"], let text = id.text else { continue }
            if !seen.insert(text).inserted { reader.fail("the \(what) id `\(text)` is used twice", at: id.location) }
        }
    }

    private func match(_ value: YAMLValue) -> CategoryMatch? {
        guard let f = reader.fields(value, "a count entry", allowed: ["kinds", "roles", "paediatric_only", "status", "note"]) else { return nil }
        let status = f.value("status").flatMap { f.choice($0, "status", as: ValueStatus.self) }
        return CategoryMatch(kinds: Set(f.choices("kinds", as: CaseKind.self)), roles: Set(f.choices("roles", as: TeamRole.self)),
                             isPaediatricOnly: f.flag("paediatric_only", required: false) ?? false, status: status ?? .choice)
    }

    private func term(_ value: YAMLValue) -> RequirementTerm? {
        guard let f = reader.fields(value, "a requirement term", allowed: ["category", "at_most"]),
              let category = f.text("category") else { return nil }
        if !categoryIDs.contains(category) {
            reader.fail("the requirement counts category `\(category)`, which the profile does not define", at: f.value("category")!.location)
        }
        return RequirementTerm(category: category, atMost: f.number("at_most", required: false))
    }

    /// The value's `status` (required) and `source` (which must name one of the profile's sources).
    private func cited(_ f: Fields) -> (ValueStatus?, String?) {
        let status = f.value("status").flatMap { f.choice($0, "status", as: ValueStatus.self) }
        let source = f.text("source", required: status != nil && status != .choice)
        if let source, !sourceIDs.contains(source) {
            reader.fail("`source: \(source)` in \(f.what) names no source of the profile", at: f.value("source")!.location)
        }
        return (status, source)
    }
}
