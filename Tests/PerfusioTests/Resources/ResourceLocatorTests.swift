import Foundation
import PerfusioTestSupport
import Testing
@testable import Perfusio

@Suite struct ResourceLocatorTests {
    /// An installed layout: `prefix/bin/perfusio` and `prefix/share/perfusio/{schemas,templates}`.
    func installed() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("", to: "prefix/bin/perfusio")
        try folder.write("", to: "prefix/share/perfusio/schemas/perfusion-case.xsd")
        try folder.write("", to: "other/schemas/x.xsd")
        return folder
    }

    @Test func theOptionComesFirstAndIsNeverSkipped() throws {
        let folder = try installed()
        defer { folder.remove() }
        let locator = ResourceLocator(environment: [:], executableURL: folder.file("prefix/bin/perfusio"), sourceFile: "/")
        #expect(try locator.locate(.schemas, explicit: folder.file("other/schemas").path) == folder.file("other/schemas"))
        #expect(throws: ResourceError(kind: .schemas, tried: ["--schemas /nope (not a folder)"])) {
            try locator.locate(.schemas, explicit: "/nope")
        }
    }

    @Test func thenTheEnvironmentThenTheInstalledCopy() throws {
        let folder = try installed()
        defer { folder.remove() }
        let executable = folder.file("prefix/bin/perfusio")
        let withEnvironment = ResourceLocator(environment: ["PERFUSIO_SCHEMAS": folder.file("other/schemas").path],
                                              executableURL: executable, sourceFile: "/")
        #expect(try withEnvironment.locate(.schemas) == folder.file("other/schemas"))
        let plain = ResourceLocator(environment: [:], executableURL: executable, sourceFile: "/")
        #expect(try plain.locate(.schemas) == folder.file("prefix/share/perfusio/schemas"))
    }

    @Test func thenTheSourceCheckoutAboveTheSourceFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("// package", to: "checkout/Package.swift")
        try folder.write("", to: "checkout/templates/report/html.mustache")
        let source = try folder.write("", to: "checkout/Sources/Perfusio/Resources/ResourceLocator.swift")
        let locator = ResourceLocator(environment: [:], executableURL: nil, sourceFile: source.path)
        #expect(try locator.locate(.templates) == folder.file("checkout/templates"))
    }

    @Test func namesEveryPlaceTriedWhenAllFail() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("", to: "bin/perfusio")
        let locator = ResourceLocator(environment: ["PERFUSIO_TEMPLATES": "/nope"],
                                      executableURL: folder.file("bin/perfusio"), sourceFile: "/src/x.swift")
        let bin = folder.file("bin").path
        let expected = ResourceError(kind: .templates, tried: [
            "PERFUSIO_TEMPLATES=/nope (not a folder)",
            "\(folder.file("share/perfusio/templates").path) (not found)",
            "no source checkout (Package.swift) above \(bin)",
            "no source checkout (Package.swift) above /src",
        ])
        #expect(throws: expected) { try locator.locate(.templates) }
        #expect(expected.description == """
            cannot find the templates folder; tried:
              PERFUSIO_TEMPLATES=/nope (not a folder)
              \(folder.file("share/perfusio/templates").path) (not found)
              no source checkout (Package.swift) above \(bin)
              no source checkout (Package.swift) above /src
            name it with --templates DIR or PERFUSIO_TEMPLATES=DIR
            """)
    }
}
