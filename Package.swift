// swift-tools-version:6.1
// Perfusio: read, validate, derive and render perfusion case records.
// Dependency direction: PerfusioCore ← {readers, rules, render, registries, captures, logbook} ← Perfusio ← PerfusioCLI.
import Foundation
import PackageDescription

let package = Package(
    name: "Perfusio",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Perfusio", targets: ["Perfusio"]),
        .executable(name: "perfusio", targets: ["PerfusioCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        // The model, units, time, diagnostics and clinical maths. Foundation only.
        .target(name: "PerfusioCore"),

        // System-library shims: a module map and a header, nothing else.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        // Safe YAML decoding with source locations, shared by every data-file loader.
        .target(name: "PerfusioYAML", dependencies: ["PerfusioCore", .product(name: "Yams", package: "Yams")]),

        // Readers and writers.
        .target(name: "PerfusioMarkdown", dependencies: ["PerfusioCore", "PerfusioYAML", "CCmarkGFM"]),
        .target(name: "PerfusioXML", dependencies: ["PerfusioCore", "CLibXML2"]),

        // Clinical rule packs (data in schemas/rules/).
        .target(name: "PerfusioRules", dependencies: ["PerfusioCore", "PerfusioYAML"]),

        // Charts, reports and handovers through Mustache templates.
        .target(name: "PerfusioRender", dependencies: [
            "PerfusioCore", "PerfusioMarkdown",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),

        // Registry profiles, de-identification and the submission ledger.
        .target(name: "PerfusioRegistries", dependencies: [
            "PerfusioCore", "PerfusioYAML", "PerfusioRender",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),

        // Bedside device captures (CDI, ABL, mapped CSV).
        .target(name: "PerfusioCaptures", dependencies: [
            "PerfusioCore", "PerfusioYAML",
            .product(name: "CSV", package: "CSV.swift"),
        ]),

        // Clinical activity logs and credential profiles.
        // Mustache and CSV render the logbook; Crypto keys its case references.
        .target(name: "PerfusioLogbook", dependencies: [
            "PerfusioCore", "PerfusioYAML",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // The library users import: format table, pipeline, resource lookup, file I/O.
        .target(name: "Perfusio", dependencies: [
            "PerfusioCore", "PerfusioYAML", "PerfusioMarkdown", "PerfusioXML", "PerfusioRules", "PerfusioRender",
            "PerfusioRegistries", "PerfusioCaptures", "PerfusioLogbook",
        ]),

        .executableTarget(name: "PerfusioCLI", dependencies: [
            "Perfusio", "PerfusioCore", "PerfusioMarkdown", "PerfusioCaptures",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Benchmarks (not tests). The throughput suite: `swift build -c release && .build/release/PerfusioBenchmarks`.
        .executableTarget(name: "PerfusioBenchmarks", dependencies: [
            "Perfusio", "PerfusioCaptures", "PerfusioCore", "PerfusioRegistries", "PerfusioTestSupport",
            "PerfusioMarkdown", "PerfusioXML", "PerfusioRules", "PerfusioRender", "CCmarkGFM",
            .product(name: "CSV", package: "CSV.swift"),
        ], path: "Benchmarks/PerfusioBenchmarks"),

        // Fixture lookup and golden-file comparison for every test target.
        .target(name: "PerfusioTestSupport", dependencies: ["PerfusioCore"], path: "Tests/PerfusioTestSupport"),

        .testTarget(name: "PerfusioCoreTests", dependencies: ["PerfusioCore", "PerfusioTestSupport"]),
        .testTarget(name: "PerfusioYAMLTests", dependencies: ["PerfusioTestSupport", "PerfusioYAML"]),
        .testTarget(name: "PerfusioMarkdownTests", dependencies: ["PerfusioTestSupport", "PerfusioMarkdown"]),
        .testTarget(name: "PerfusioXMLTests", dependencies: ["PerfusioTestSupport", "PerfusioXML", "PerfusioMarkdown"]),
        .testTarget(name: "PerfusioRulesTests", dependencies: ["PerfusioTestSupport", "PerfusioRules", "PerfusioMarkdown"]),
        .testTarget(name: "PerfusioRenderTests", dependencies: ["PerfusioTestSupport", "PerfusioRender", "Perfusio"]),
        .testTarget(name: "PerfusioRegistriesTests", dependencies: ["PerfusioTestSupport", "PerfusioRegistries", "Perfusio"]),
        .testTarget(name: "PerfusioCapturesTests", dependencies: ["PerfusioTestSupport", "PerfusioCaptures", "Perfusio"]),
        .testTarget(name: "PerfusioLogbookTests", dependencies: ["PerfusioTestSupport", "PerfusioLogbook", "Perfusio"]),
        .testTarget(name: "PerfusioTests", dependencies: ["PerfusioTestSupport", "Perfusio"]),
        .testTarget(name: "PerfusioCLITests", dependencies: ["PerfusioTestSupport", "Perfusio", "PerfusioCLI"]),
    ]
)

// libFuzzer targets (Tests/Fuzz/README.md), added only for Tests/Fuzz/fuzz.sh: they need libFuzzer at link time, which a
// plain `swift build` does not link, so a normal build or test never sees them.
if ProcessInfo.processInfo.environment["PERFUSIO_FUZZ"] == "1" {
    package.targets += [
        .target(name: "CFuzzDriver", path: "Tests/Fuzz/CFuzzDriver"),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["CFuzzDriver", "PerfusioMarkdown"], path: "Tests/Fuzz/FuzzMarkdown"),
        .executableTarget(name: "FuzzXML", dependencies: ["CFuzzDriver", "PerfusioXML"], path: "Tests/Fuzz/FuzzXML"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["CFuzzDriver", "PerfusioMarkdown", "PerfusioYAML"],
                          path: "Tests/Fuzz/FuzzFrontMatter"),
    ]
    package.products += ["FuzzMarkdown", "FuzzXML", "FuzzFrontMatter"].map { .executable(name: $0, targets: [$0]) }
}
