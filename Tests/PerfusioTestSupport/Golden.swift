import Foundation

/// Golden-file comparison: byte for byte, with a line diff on failure.
///
/// `PERFUSIO_UPDATE_GOLDENS=1 swift test` rewrites every golden. A missing golden is written and fails,
/// so a new output is always looked at once.
public enum Golden {
    /// Compares `actual` with the golden at `path` (relative to the package root); returns a failure message or nil.
    public static func check(_ actual: String, against path: String) -> String? {
        let url = Fixtures.packageRoot.appendingPathComponent(path)
        let update = ProcessInfo.processInfo.environment["PERFUSIO_UPDATE_GOLDENS"] == "1"
        guard let expected = try? String(contentsOf: url, encoding: .utf8), !update else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return update ? nil : "golden \(path) was missing and has been written; check it and run again"
        }
        if expected == actual { return nil }
        return "output differs from golden \(path) (PERFUSIO_UPDATE_GOLDENS=1 re-records):\n" + diff(expected, actual)
    }

    /// The first differing lines, numbered.
    public static func diff(_ expected: String, _ actual: String, limit: Int = 20) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var out: [String] = [], shown = 0
        for i in 0..<max(e.count, a.count) where shown < limit {
            let l = i < e.count ? e[i] : "<none>", r = i < a.count ? a[i] : "<none>"
            if l != r { out.append("line \(i + 1):\n- \(l)\n+ \(r)"); shown += 1 }
        }
        return out.joined(separator: "\n")
    }
}
