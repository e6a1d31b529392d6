import Foundation
import PerfusioCore
import PerfusioRegistries

/// The registry profiles in a schemas folder (`schemas/registries/<name>.yaml`), found and loaded by name.
///
/// ```swift
/// let sts = try ProfileCatalogue(schemas: schemasFolder).load("sts-acsd")
/// ```
public struct ProfileCatalogue: Sendable {
    /// `<schemas>/registries`.
    public let folder: URL

    public init(schemas: URL) { folder = schemas.appendingPathComponent("registries") }

    /// The profile names available, sorted.
    public var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads the profile `name`.
    /// - Throws: ``ProfileFailure`` with located diagnostics when it is missing or malformed.
    public func load(_ name: String) throws(ProfileFailure) -> RegistryProfile {
        let url = folder.appendingPathComponent("\(name).yaml")
        guard names.contains(name), let data = FileManager.default.contents(atPath: url.path) else {
            let known = names.isEmpty ? "none" : names.joined(separator: ", ")
            throw ProfileFailure(diagnostics: [RegistriesDiagnostics.profileNotFound(
                "no registry profile '\(name)' in the schemas folder; profiles: \(known)")])
        }
        return try ProfileLoader.load(String(decoding: data, as: UTF8.self), id: name, file: url.path).get()
    }
}
