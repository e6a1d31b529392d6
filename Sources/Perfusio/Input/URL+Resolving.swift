import Foundation

extension URL {
    /// `path` as an absolute, standardised file URL: taken as it is when absolute, else inside `folder`.
    ///
    /// (`URL(fileURLWithPath:relativeTo:)` would resolve against the folder's parent when the folder URL lacks a
    /// trailing slash.)
    static func resolving(_ path: String, against folder: URL) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
        return URL(fileURLWithPath: url.standardizedFileURL.path)
    }
}
