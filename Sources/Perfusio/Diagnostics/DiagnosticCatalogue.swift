import PerfusioCaptures
import PerfusioCore
import PerfusioRules
import PerfusioLogbook
import PerfusioMarkdown
import PerfusioRegistries
import PerfusioXML
import PerfusioYAML

/// Every diagnostic code the package's modules can emit, gathered from their catalogues.
///
/// `docs/diagnostics.md` documents each id (a test keeps them in step) and SARIF output takes rule descriptions
/// from here. Rule-pack ids are data and come with their packs.
public enum DiagnosticCatalogue {
    /// All codes, module by module.
    public static let all: [DiagnosticCode] = InputDiagnostics.all + YAMLDiagnostics.all + MarkdownDiagnostics.all
        + XMLDiagnostics.all + ConsistencyDiagnostics.all + RulesDiagnostics.all
        + RegistriesDiagnostics.all + CaptureDiagnostics.all
        + LogbookDiagnostics.all

    /// The codes by id.
    public static let byID: [String: DiagnosticCode] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
}
