import Foundation

/// A record format Perfusio reads and writes: the typed pump log (Markdown with YAML front matter) or the
/// structured XML record.
public enum RecordFormat: String, Sendable, Codable, CaseIterable {
    case markdown, xml

    /// The extension `convert` gives files in this format.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .xml: "xml"
        }
    }

    /// The extensions a folder search picks up.
    public static let folderExtensions: Set<String> = ["md", "markdown", "xml"]

    /// The format a file extension names (case-insensitive), or nil.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "xml": self = .xml
        default: return nil
        }
    }

    /// The format of a file: its extension first, then its first bytes (`<` is XML; `---` or `#` is a log).
    ///
    /// A UTF-8 byte order mark and leading white space are skipped before sniffing.
    public static func detect(path: URL, bytes: [UInt8]) -> RecordFormat? {
        RecordFormat(fileExtension: path.pathExtension) ?? sniff(bytes)
    }

    /// The format the first bytes suggest, or nil.
    public static func sniff(_ bytes: [UInt8]) -> RecordFormat? {
        var rest = bytes.prefix(64)[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        let text = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if text.first == UInt8(ascii: "<") { return .xml }
        if text.starts(with: Array("---".utf8)) || text.first == UInt8(ascii: "#") { return .markdown }
        return nil
    }
}
