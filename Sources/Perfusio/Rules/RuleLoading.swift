import Foundation
import PerfusioCore
import PerfusioRules

/// Loads the rule packs `perfusio check` runs: every `schemas/rules/*.yaml`, in name order, then an institution's
/// override file (`--rules FILE`).
///
/// ```swift
/// switch RuleLoading.load(schemas: folder, overrides: "local-rules.yaml") { … }
/// ```
/// A pack or override file that is malformed is refused: the failure lists its diagnostics (file, line, column).
public enum RuleLoading {
    /// The packs in `schemas/rules/` with `overrides` applied.
    public static func load(schemas: URL, overrides: String? = nil) -> Result<RuleSet, RuleLoadingFailure> {
        let folder = schemas.appendingPathComponent("rules")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var packs: [RulePack] = []
        for name in names {
            let path = folder.appendingPathComponent(name)
            guard let text = try? String(contentsOf: path, encoding: .utf8) else {
                return .failure(unreadable(path.path))
            }
            switch RulePack.parse(text, file: path.path) {
            case .success(let pack): packs.append(pack)
            case .failure(let error): return .failure(RuleLoadingFailure(FileDiagnostics(file: path.path, diagnostics: error.diagnostics)))
            }
        }
        let set = RuleSet(packs: packs)
        guard let overrides else { return .success(set) }
        guard let text = try? String(contentsOf: URL(fileURLWithPath: overrides), encoding: .utf8) else {
            return .failure(unreadable(overrides))
        }
        return set.applying(overrides: text, file: overrides).mapError { RuleLoadingFailure(FileDiagnostics(file: overrides, diagnostics: $0.diagnostics)) }
    }

    static func unreadable(_ path: String) -> RuleLoadingFailure {
        RuleLoadingFailure(FileDiagnostics(file: path, diagnostics: [InputDiagnostics.unreadable("cannot read the rule file")]))
    }
}

/// A rule pack or override file was refused; `report` lists why, with file, line and column.
public struct RuleLoadingFailure: Error, Sendable {
    public var report: FileDiagnostics
    public init(_ report: FileDiagnostics) { self.report = report }
}

/// What `perfusio check` runs: the loaded rule set. For one input it reports the reader's errors (a record that
/// cannot be read cannot be checked) and the clinical findings of the rule packs, in source order.
///
/// ```swift
/// let checker = try Checker(schemas: folder, overrides: nil)
/// let report = checker.check(loader.load(input))
/// ```
public struct Checker: Sendable {
    public var engine: RuleEngine

    public init(rules: RuleSet) { engine = RuleEngine(rules: rules) }

    /// Loads the packs in `schemas/rules/` and the override file; throws the refusal of a malformed one.
    public init(schemas: URL, overrides: String? = nil) throws(RuleLoadingFailure) {
        self.init(rules: try RuleLoading.load(schemas: schemas, overrides: overrides).get())
    }

    public func check(_ loaded: LoadedRecord) -> FileDiagnostics {
        var diagnostics = loaded.diagnostics.filter { $0.severity == .error }
        if let record = loaded.record { diagnostics += IdentifierRedaction(record.patient.identity).redact(engine.check(record)) }
        return FileDiagnostics(file: loaded.displayPath, diagnostics: Validation.sorted(diagnostics))
    }
}
