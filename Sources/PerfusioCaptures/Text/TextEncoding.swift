import Foundation

/// The character encodings a capture may be written in, decoded with Foundation.
public enum TextEncoding: String, Hashable, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case ascii
    /// Windows code page 1252 (Western European): the ABL800 export; the degree sign is byte 0xB0.
    case windows1252 = "windows-1252"
    case latin1 = "iso-8859-1"

    /// The Foundation encoding.
    var foundation: String.Encoding {
        switch self {
        case .utf8: .utf8
        case .ascii: .ascii
        case .windows1252: .windowsCP1252
        case .latin1: .isoLatin1
        }
    }

    /// The bytes as text, or nil when they are not valid in this encoding.
    func decode(_ bytes: [UInt8]) -> String? {
        var body = bytes[...]
        if self == .utf8, body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        switch self {
        case .utf8: return String(validating: body, as: UTF8.self)
        case .ascii: return body.allSatisfy { $0 < 0x80 } ? String(decoding: body, as: UTF8.self) : nil
        case .windows1252, .latin1: return String(data: Data(body), encoding: foundation)
        }
    }
}
