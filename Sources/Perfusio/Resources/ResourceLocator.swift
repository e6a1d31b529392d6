import Foundation

/// Finds the `templates/` and `schemas/` folders at run time; nothing is compiled in (`Bundle.module` crashes on
/// Linux when a binary is moved without its resource folder).
///
/// Places, in order:
/// 1. the folder the user named (`--schemas DIR`); if it does not exist that is an error, with no fallback;
/// 2. the environment variable (`PERFUSIO_SCHEMAS`);
/// 3. `<executable folder>/../share/perfusio/<kind>` (an installed copy);
/// 4. the source checkout: the nearest folder holding `Package.swift` above the executable, then above this
///    source file, for development.
///
/// When all fail, `ResourceError` names every place tried.
///
/// ```swift
/// let schemas = try ResourceLocator().locate(.schemas, explicit: options.schemas)
/// ```
public struct ResourceLocator: Sendable {
    public var environment: [String: String]
    /// The running executable; nil skips places 3 and the first half of 4.
    public var executableURL: URL?
    /// A source file inside the checkout, for development runs.
    public var sourceFile: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executableURL: URL? = Bundle.main.executableURL, sourceFile: String = #filePath) {
        self.environment = environment
        self.executableURL = executableURL
        self.sourceFile = sourceFile
    }

    /// The folder for `kind`; `explicit` is the path the user gave with `--templates`/`--schemas`, if any.
    public func locate(_ kind: ResourceKind, explicit: String? = nil) throws(ResourceError) -> URL {
        if let explicit {
            let url = URL(fileURLWithPath: explicit).standardizedFileURL
            if Self.isFolder(url) { return url }
            throw ResourceError(kind: kind, tried: ["\(kind.option) \(explicit) (not a folder)"])
        }
        var tried: [String] = []
        if let value = environment[kind.environmentVariable], !value.isEmpty {
            let url = URL(fileURLWithPath: value).standardizedFileURL
            if Self.isFolder(url) { return url }
            tried.append("\(kind.environmentVariable)=\(value) (not a folder)")
        } else {
            tried.append("\(kind.environmentVariable) (not set)")
        }
        for candidate in installedAndCheckoutCandidates(kind) {
            guard let url = candidate.url else { tried.append(candidate.label); continue }
            if Self.isFolder(url) { return url }
            tried.append("\(url.path) (not found)")
        }
        throw ResourceError(kind: kind, tried: tried)
    }

    /// Places 3 and 4: a folder to try, or (url nil) a note on why a checkout was not found.
    private func installedAndCheckoutCandidates(_ kind: ResourceKind) -> [(url: URL?, label: String)] {
        var candidates: [(url: URL?, label: String)] = []
        let executableFolders = executableURL.map {
            [$0.deletingLastPathComponent(), $0.resolvingSymlinksInPath().deletingLastPathComponent()]
        } ?? []
        for folder in executableFolders {
            candidates.append((folder.appendingPathComponent("../share/perfusio/\(kind.rawValue)").standardizedFileURL, ""))
        }
        let starts = executableFolders + [URL(fileURLWithPath: sourceFile).deletingLastPathComponent()]
        for start in starts {
            if let root = Self.packageRoot(above: start) {
                candidates.append((root.appendingPathComponent(kind.rawValue), ""))
            } else {
                candidates.append((nil, "no source checkout (Package.swift) above \(start.path)"))
            }
        }
        var seen = Set<String>()
        return candidates.filter { seen.insert($0.url?.path ?? $0.label).inserted }
    }

    /// The nearest folder at or above `start` holding `Package.swift`.
    static func packageRoot(above start: URL) -> URL? {
        var folder = start.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
