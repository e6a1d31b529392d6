import PerfusioCore
import PerfusioYAML

/// Reads a credential profile from its YAML text (`schemas/credentials/<id>.yaml`). The format is described in
/// `schemas/credentials/README.md`. A malformed profile is refused whole, with every problem's file and line.
///
/// ```swift
/// switch CredentialProfileLoader.load(text, file: "abcp-recertification.yaml", id: "abcp-recertification") {
/// case .success(let profile): use(profile)
/// case .failure(let refusal): report(refusal.diagnostics)
/// }
/// ```
public enum CredentialProfileLoader {
    static let topKeys = ["profile", "body", "gate", "rules_version", "verifier", "sources", "period", "paediatric",
                          "primary", "shift_credit", "categories", "requirements"]

    /// The profile in `text`, or the problems found (file, line, column, what is wrong).
    public static func load(_ text: String, file: String, id: String) -> Result<CredentialProfile, SafeYAMLFailure> {
        let root: YAMLValue
        switch SafeYAML.compose(text, file: file) {
        case .success(let value): root = value
        case .failure(let failure): return .failure(failure)
        }
        let reader = DataFileReader(code: LogbookDiagnostics.invalidProfile)
        guard let top = reader.fields(root, "the profile", allowed: topKeys) else { return .failure(SafeYAMLFailure(diagnostics: reader.problems)) }
        let parts = ProfileParts(reader: reader)
        if let written = top.text("profile"), written != id {
            reader.fail("`profile: \(written)` does not match the file name `\(id)`", at: top.value("profile")!.location)
        }
        let sources = top.list("sources").compactMap(parts.source)
        let sourceIDs = Set(sources.map(\.id))
        parts.sourceIDs = sourceIDs
        let categories = top.list("categories").compactMap(parts.category)
        parts.categoryIDs = Set(categories.map(\.id))
        let requirements = top.list("requirements").compactMap(parts.requirement)
        parts.checkUnique(top.list("categories", required: false), "category")
        parts.checkUnique(top.list("requirements", required: false), "requirement")
        let profile = CredentialProfile(
            id: id, body: top.text("body") ?? "", gate: top.text("gate") ?? "", rulesVersion: top.text("rules_version") ?? "",
            sources: sources, period: top.value("period").flatMap(parts.period) ?? .open,
            primary: top.value("primary", required: false).flatMap(parts.primary) ?? PrimaryRule(),
            shiftCredit: top.value("shift_credit", required: false).flatMap(parts.shiftCredit) ?? ShiftCreditRule(),
            paediatricGroups: top.value("paediatric", required: false).flatMap(parts.paediatric) ?? [.neonate, .infant, .child],
            categories: categories, requirements: requirements, verifier: top.text("verifier") ?? "")
        if categories.isEmpty, reader.problems.isEmpty { reader.fail("the profile has no categories", at: root.location) }
        return reader.problems.isEmpty ? .success(profile) : .failure(SafeYAMLFailure(diagnostics: reader.sortedProblems))
    }
}
