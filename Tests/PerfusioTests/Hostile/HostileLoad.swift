import Foundation
import PerfusioCore
import PerfusioTestSupport
@testable import Perfusio

/// Reads hostile inputs the way `perfusio validate` does (the standard format table, the loader's size cap, the
/// consistency checks) and gives back what a user would see: the record and the rendered diagnostic lines.
struct HostileLoad {
    /// The standard table, its XML reader using the checkout's schema.
    static let formats = FormatTable.standard(schemas: Fixtures.packageRoot.appendingPathComponent("schemas"))

    /// The record read, if any.
    var record: PerfusionCase?
    /// Every diagnostic, sorted as `validate` prints them.
    var diagnostics: [Diagnostic]
    /// The compiler-style lines `validate` prints (`file:line:column: error: message [id]`).
    var lines: [String]

    /// Loads the fixture `Tests/Fixtures/hostile/<name>`, naming it `hostile/<name>` in diagnostics.
    static func fixture(_ name: String, maximumBytes: Int = RecordLoader.defaultMaximumBytes) -> HostileLoad {
        load(Fixtures.root.appendingPathComponent("hostile/\(name)"), as: "hostile/\(name)", maximumBytes: maximumBytes)
    }

    /// Writes `bytes` to a temporary file called `name` and loads it under that name.
    static func bytes(_ bytes: [UInt8], named name: String,
                      maximumBytes: Int = RecordLoader.defaultMaximumBytes) throws -> HostileLoad {
        let folder = try TemporaryFolder("perfusio-hostile")
        defer { folder.remove() }
        let url = folder.file(name)
        try Data(bytes).write(to: url)
        return load(url, as: name, maximumBytes: maximumBytes)
    }

    /// Loads `text` (as UTF-8) from a temporary file called `name`.
    static func text(_ text: String, named name: String) throws -> HostileLoad {
        try bytes(Array(text.utf8), named: name)
    }

    static func load(_ url: URL, as displayPath: String, maximumBytes: Int) -> HostileLoad {
        let loader = RecordLoader(formats: formats, maximumBytes: maximumBytes)
        let loaded = loader.load(url, displayPath: displayPath)
        let report = Validation.check(loaded)
        let lines = DiagnosticRenderer().text(report).split(separator: "\n").map(String.init)
        return HostileLoad(record: loaded.record, diagnostics: report.diagnostics, lines: lines)
    }

    /// Every text a user sees: the rendered lines, and every text field of the record that reports show.
    var everythingShown: String {
        guard let record else { return lines.joined(separator: "\n") }
        return lines.joined(separator: "\n") + "\n" + String(describing: record)
    }
}
