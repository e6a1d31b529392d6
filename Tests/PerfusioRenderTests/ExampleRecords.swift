import Foundation
@testable import PerfusioRender
import PerfusioCore
import PerfusioMarkdown
import PerfusioTestSupport

/// The complete records the goldens are made from: the shared examples that read without errors, and every
/// Markdown file in `samples/`.
enum ExampleRecords {
    struct Example {
        var name: String
        var record: PerfusionCase
    }

    static var all: [Example] {
        let examples = Fixtures.goodExamples.map { Fixtures.example($0) }
        let samplesFolder = Fixtures.packageRoot.appendingPathComponent("samples")
        let samples = ((try? FileManager.default.contentsOfDirectory(atPath: samplesFolder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { samplesFolder.appendingPathComponent($0) }
        return (examples + samples).compactMap { url in
            guard let bytes = try? Fixtures.bytes(url),
                  let record = LogReader().read(bytes, from: url.lastPathComponent).record else { return nil }
            return Example(name: url.deletingPathExtension().lastPathComponent, record: record)
        }
    }

    /// The names of the examples (for parameterised tests).
    static var names: [String] { all.map(\.name) }

    static func named(_ name: String) -> PerfusionCase? { all.first { $0.name == name }?.record }
}

/// The templates in the checkout's `templates/` folder.
enum CheckoutTemplates {
    static var folder: URL { Fixtures.packageRoot.appendingPathComponent("templates") }

    static func load() async throws -> DocumentTemplates { try await DocumentTemplates.load(from: folder) }
}
