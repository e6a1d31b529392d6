/// Turns CRLF and lone CR line endings into LF before anything splits a log or a YAML text into lines.
///
/// Swift treats `"\r\n"` as one `Character`, so splitting a `String` on `"\n"` sees a CRLF file as a single line:
/// the front matter would not be found and the input guards (table width, bracket runs) would look at one
/// enormous line and let a pathological table through. cmark-gfm and YAML count CR, LF and CRLF each as one line
/// ending, so normalising keeps every line number as those parsers and editors count them; columns are unchanged,
/// since the CR stood at the end of its line.
public enum LineEndings {
    /// `bytes` with every CRLF and every lone CR replaced by LF; the same array when it holds no CR.
    public static func normalised(_ bytes: [UInt8]) -> [UInt8] {
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        guard bytes.contains(cr) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() where byte != cr || index + 1 == bytes.count || bytes[index + 1] != lf {
            out.append(byte == cr ? lf : byte)
        }
        return out
    }

    /// `text` with every CRLF and every lone CR replaced by LF; the same string when it holds no CR.
    public static func normalised(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return String(decoding: normalised(Array(text.utf8)), as: UTF8.self)
    }
}
