import Foundation
import Perfusio
import PerfusioCore
import PerfusioTestSupport
@testable import PerfusioRender

/// The complete records the goldens are made from: the shared examples that read without errors, and every
/// record in `samples/`, read through the library as the CLI reads them (paths relative to the package root).
enum ExampleRecords {
    static var schemas: URL { Fixtures.packageRoot.appendingPathComponent("schemas") }

    /// Relative paths of the examples and samples.
    static var paths: [String] {
        let samples = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.packageRoot.appendingPathComponent("samples").path)) ?? [])
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".xml") }.sorted().map { "samples/\($0)" }
        return Fixtures.goodExamples.map { "Tests/Fixtures/examples/\($0)" } + samples
    }

    /// The golden name of a path: its file name without extension.
    static func name(_ path: String) -> String { URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }

    static func load(_ path: String) -> LoadedRecord {
        RecordLoader(formats: .standard(schemas: schemas)).load(Fixtures.packageRoot.appendingPathComponent(path), displayPath: path)
    }

    static func record(_ path: String) -> PerfusionCase? { load(path).record }

    /// Documents as `perfusio report/handover/chart` renders them, with the shipped rule packs' findings.
    static func documents() async throws -> CaseDocuments {
        CaseDocuments(templates: try await CheckoutTemplates.load(), checker: try Checker(schemas: schemas))
    }
}

/// The templates in the checkout's `templates/` folder.
enum CheckoutTemplates {
    static var folder: URL { Fixtures.packageRoot.appendingPathComponent("templates") }

    static func load() async throws -> DocumentTemplates { try await DocumentTemplates.load(from: folder) }
}
