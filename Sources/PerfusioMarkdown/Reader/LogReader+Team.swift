import PerfusioCore
import PerfusioYAML

extension LogReader.Session {
    /// Reads `team:`: each key a role, each value a person (`J. Marsh CCP`, `T. Ng (student)`) or a list of them.
    mutating func readTeam(_ entry: YAMLEntry) {
        guard let entries = block(entry) else { return }
        for member in entries {
            let known = FrontMatterKeys.teamRoles.first { $0.key == member.key.lowercased() }?.role
            let people: [YAMLValue] = member.value.items ?? [member.value]
            for person in people {
                guard case .scalar(let text, let location) = person else {
                    if case .null = person { continue }
                    report(MarkdownDiagnostics.headerInvalid("each `\(member.key)` must be a name", at: person.location))
                    continue
                }
                var parsed = Self.person(text, role: known ?? .other)
                parsed.roleLabel = known == nil ? member.key : nil
                parsed.origin = .typed(at: location)
                record.team.append(parsed)
            }
        }
    }

    /// `J. Marsh CCP` → name and credentials; `T. Ng (student)` → a student who performed the case;
    /// `(student, observed)` → observed; `(supervised by J. Marsh)` → supervisor.
    static func person(_ text: String, role: TeamRole) -> TeamMember {
        var name = text.trimmed
        var role = role
        var supervisor: String?
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let inner = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            var understood = true
            var rest: [String] = []
            for part in inner.split(separator: ",").map({ String($0).trimmed }) {
                let lower = part.lowercased()
                if lower == "student" || lower == "student performed" { role = .studentPerformed }
                else if lower.hasPrefix("student") && lower.contains("observ") || lower == "observed" || lower == "observing" { role = .studentObserved }
                else if let by = Self.supervisorName(part) { supervisor = by }
                else { rest.append(part) }
            }
            understood = rest.isEmpty
            if understood { name = String(name[..<open]).trimmed }
        }
        var words = name.split(separator: " ").map(String.init)
        var credentials: [String] = []
        while words.count > 1, let last = words.last, FrontMatterKeys.credentials.contains(last.trimmingCharacters(in: ",")) {
            credentials.insert(last.trimmingCharacters(in: ","), at: 0)
            words.removeLast()
        }
        return TeamMember(role: role, name: words.joined(separator: " "),
                          credentials: credentials.isEmpty ? nil : credentials.joined(separator: " "), supervisor: supervisor)
    }

    private static func supervisorName(_ part: String) -> String? {
        for prefix in ["supervised by ", "supervisor: ", "supervisor "] where part.lowercased().hasPrefix(prefix) {
            return String(part.dropFirst(prefix.count)).trimmed
        }
        return nil
    }
}

