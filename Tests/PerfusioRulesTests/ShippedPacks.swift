import Foundation
import PerfusioCore
import PerfusioRules
import PerfusioTestSupport

/// The packs in `schemas/rules/`, loaded as `perfusio check` loads them.
enum ShippedPacks {
    static let names = ["adult-cpb.yaml", "paediatric-cpb.yaml", "ecmo.yaml"]

    static func text(_ name: String) throws -> String {
        try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("schemas/rules/\(name)"), encoding: .utf8)
    }

    /// Loaded once per test run.
    static let loaded = Result { RuleSet(packs: try names.map { name in try RulePack.parse(try text(name), file: name).get() }) }

    static func load() throws -> RuleSet { try loaded.get() }

    /// `id severity line:column` of each finding, for whole-value comparison.
    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.id) \($0.severity.rawValue) \($0.location.map { "\($0.line):\($0.column)" } ?? "-")" }
    }
}
