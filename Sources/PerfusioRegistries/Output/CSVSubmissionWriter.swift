import CSV
import Foundation

/// Writes a submission as RFC 4180 CSV in UTF-8: a header row of the profile's column names, one row per case,
/// CRLF line ends, quoting by CSV.swift's `CSVWriter` (fields holding a comma, quote or line break are quoted).
public enum CSVSubmissionWriter {
    /// The CSV text of `rows` under `profile`'s columns; an empty cell for a value not written.
    public static func write(_ rows: [CaseRow], profile: RegistryProfile) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, codecType: UTF8.self, newline: .crlf)
        try writer.write(row: profile.columns)
        for row in rows {
            try writer.write(row: row.cells.map { $0.text ?? "" })
        }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }
}
