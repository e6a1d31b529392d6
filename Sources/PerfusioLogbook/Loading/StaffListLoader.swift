import PerfusioCore
import PerfusioYAML

/// Reads a staff list (`--staff FILE`) from YAML. A malformed list is refused whole, each problem with its line.
///
/// ```yaml
/// site: St Example Cardiac Centre
/// staff:
///   - id: jmarsh
///     name: Jane Marsh
///     aliases: [J. Marsh]
///     certifications:
///       - {credential: CCP, body: ABCP, since: 2014-09-20}
///   - id: tng
///     name: Thomas Ng
///     aliases: [T. Ng]
///     student: true
/// ```
/// Two people may share an alias: a record that writes it is then ambiguous and warned about, never merged.
public enum StaffListLoader {
    /// The staff list in `text`, or the problems found.
    public static func load(_ text: String, file: String) -> Result<StaffList, SafeYAMLFailure> {
        let root: YAMLValue
        switch SafeYAML.compose(text, file: file) {
        case .success(let value): root = value
        case .failure(let failure): return .failure(failure)
        }
        let reader = DataFileReader(code: LogbookDiagnostics.invalidStaff)
        guard let top = reader.fields(root, "the staff list", allowed: ["site", "staff"]) else {
            return .failure(SafeYAMLFailure(diagnostics: reader.problems))
        }
        var seen: Set<String> = []
        let members: [StaffMember] = top.list("staff").compactMap { item in
            guard let member = member(item, reader) else { return nil }
            if !seen.insert(member.id).inserted, let at = item["id"]?.location {
                reader.fail("the staff id `\(member.id)` is used twice", at: at)
            }
            return member
        }
        let list = StaffList(site: top.text("site", required: false), members: members)
        return reader.problems.isEmpty ? .success(list) : .failure(SafeYAMLFailure(diagnostics: reader.sortedProblems))
    }

    private static func member(_ value: YAMLValue, _ reader: DataFileReader) -> StaffMember? {
        guard let f = reader.fields(value, "a staff member", allowed: ["id", "name", "aliases", "student", "certifications", "note"]) else {
            return nil
        }
        let aliases = f.list("aliases", required: false).compactMap { item -> String? in
            if let text = item.text { return text }
            reader.fail("an alias must be text", at: item.location)
            return nil
        }
        let certifications = f.list("certifications", required: false).compactMap { item -> Certification? in
            guard let c = reader.fields(item, "a certification", allowed: ["credential", "body", "since", "until"]),
                  let credential = c.text("credential"), let since = c.date("since") else { return nil }
            return Certification(credential: credential, body: c.text("body", required: false), since: since,
                                 until: c.date("until", required: false))
        }
        guard let id = f.text("id"), let name = f.text("name") else { return nil }
        return StaffMember(id: id, name: name, aliases: aliases, isStudent: f.flag("student", required: false) ?? false,
                           certifications: certifications)
    }
}
