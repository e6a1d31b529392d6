import Crypto
import Foundation

/// The SHA-256 of a case's row in a canonical serialisation: the registry id, then one `column=value` line per
/// column in profile order, an empty cell written as `column` alone, values with `\`, `=` and line breaks escaped.
/// Two runs over the same record and profile give the same hash; any change to a submitted value changes it.
public enum ContentHash {
    public static func of(_ row: CaseRow, profile: RegistryProfile) -> String {
        var text = "registry=\(escape(profile.id))\n"
        for (column, cell) in zip(profile.columns, row.cells) {
            text += cell.text.map { "\(escape(column))=\(escape($0))\n" } ?? "\(escape(column))\n"
        }
        return Pseudonymizer.hex(SHA256.hash(data: Data(text.utf8)))
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "=": out += "\\="
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
