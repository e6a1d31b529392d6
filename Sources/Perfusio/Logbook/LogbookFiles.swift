import Foundation
import PerfusioCore
import PerfusioLogbook

/// Reads the logbook's own files (profile, staff list, site key), each problem reported under its file.
enum LogbookFiles {
    /// The profile at `url`, or nil with its problems added to `files`.
    static func profile(at url: URL, id: String, into files: inout [FileDiagnostics]) -> CredentialProfile? {
        guard let text = text(at: url, into: &files) else { return nil }
        switch CredentialProfileLoader.load(text, file: url.path, id: id) {
        case .success(let profile): return profile
        case .failure(let failure):
            files.append(FileDiagnostics(file: url.path, diagnostics: failure.diagnostics))
            return nil
        }
    }

    /// The staff list at `url`, or nil with its problems added to `files`.
    static func staff(at url: URL, into files: inout [FileDiagnostics]) -> StaffList? {
        guard let text = text(at: url, into: &files) else { return nil }
        switch StaffListLoader.load(text, file: url.relativePath) {
        case .success(let list): return list
        case .failure(let failure):
            files.append(FileDiagnostics(file: url.relativePath, diagnostics: failure.diagnostics))
            return nil
        }
    }

    /// The site key's bytes, without a final line break; nil (and a problem) when unreadable or empty.
    static func key(at url: URL, into files: inout [FileDiagnostics]) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            files.append(FileDiagnostics(file: url.relativePath, diagnostics: [InputDiagnostics.unreadable("cannot read the site key")]))
            return nil
        }
        var bytes = Array(data)
        while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        return bytes.isEmpty ? nil : bytes
    }

    /// Diagnostics grouped by the file their location names, in order; those without one under `logbook`.
    static func grouped(_ diagnostics: [Diagnostic]) -> [FileDiagnostics] {
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for d in diagnostics {
            let file = d.location?.file ?? "logbook"
            if byFile[file] == nil { order.append(file) }
            byFile[file, default: []].append(d)
        }
        return order.map { FileDiagnostics(file: $0, diagnostics: byFile[$0] ?? []) }
    }

    private static func text(at url: URL, into files: inout [FileDiagnostics]) -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else {
            files.append(FileDiagnostics(file: url.relativePath, diagnostics: [InputDiagnostics.missing("no such file")]))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path), data.count <= 4 * 1024 * 1024,
              let text = String(data: data, encoding: .utf8) else {
            files.append(FileDiagnostics(file: url.relativePath, diagnostics: [InputDiagnostics.unreadable("cannot read as UTF-8 text of at most 4 MiB")]))
            return nil
        }
        return text
    }
}
