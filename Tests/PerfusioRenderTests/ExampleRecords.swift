import Foundation
import Perfusio
import PerfusioCore
import PerfusioTestSupport
@testable import PerfusioRender

/// The complete records the goldens are made from: the shared examples that read without errors, and every
/// record in `samples/`, read through the library as the CLI reads them (paths relative to the package root).
enum ExampleRecords {
    static var schemas: URL { Fixtures.packageRoot.appendingPathComponent("schemas") }

    /// Relative paths of the examples and of the curated samples: `samples/*.md` and their XML records in
    /// `samples/xml/`. The generated department year (`samples/department/`) is rendered by a test of its own.
    static var paths: [String] {
        Fixtures.goodExamples.map { "Tests/Fixtures/examples/\($0)" } + records(in: "samples") + records(in: "samples/xml")
    }

    /// Relative paths of the records (`.md`, `.xml`) directly in `folder`, sorted.
    static func records(in folder: String) -> [String] {
        let url = Fixtures.packageRoot.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".xml") }.sorted().map { "\(folder)/\($0)" }
    }

    /// The golden name of a path: its file name without extension, prefixed by its folder below `samples/`
    /// (`samples/xml/vv-ecmo-ards.xml` → `xml-vv-ecmo-ards`).
    static func name(_ path: String) -> String {
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let parts = path.split(separator: "/")
        return parts.first == "samples" && parts.count > 2 ? parts.dropFirst().dropLast().joined(separator: "-") + "-" + stem : stem
    }

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
