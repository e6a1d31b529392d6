import Foundation
import PerfusioCore
import PerfusioMarkdown
import PerfusioXML

/// Writes the benchmark corpus: Markdown logs and their XML conversions, from a 40-reading paper log to a
/// 28,800-reading automatic capture (eight hours at one reading a second).
///
/// One record is built per size from the adult CABG example (its header, team, events, fluids and checklist kept;
/// its readings repeated at an even interval), written once through `LogWriter` and `XMLRecordWriter`, then copied
/// with a new case id per file, so ten thousand files take seconds.
struct CorpusGenerator {
    /// The example the records are built from.
    let base: PerfusionCase
    let root: URL

    /// A placeholder case id, replaced per copy.
    private static let placeholder = "BENCHCASEID"
    /// Parameters a paper log has but a one-a-second device capture does not (laboratory values).
    private static let laboratoryOnly: Set<Parameter> = [.glucose, .lactate, .act]

    init(checkout: URL, root: URL) throws {
        let url = checkout.appendingPathComponent("Tests/Fixtures/examples/adult-cabg.md")
        let bytes = Array(try Data(contentsOf: url))
        guard let record = LogReader().read(bytes, from: url.path).record else {
            throw BenchmarkError("cannot read \(url.path)")
        }
        base = record
        self.root = root
    }

    /// The record with `count` readings, evenly spaced over the example's readings (whole minutes for a paper log),
    /// or one a second (captured, without laboratory columns) when that spacing falls under 10 seconds.
    func record(readings count: Int) -> PerfusionCase {
        var record = base
        record.header.caseID = Self.placeholder
        let source = base.readings
        let start = source.first!.time
        let span = Int(source.last!.time.secondsSinceEpoch - start.secondsSinceEpoch)
        var interval = max(1, span / count)
        if interval >= 60 { interval -= interval % 60 }
        let captured = interval < 10
        if captured { interval = 1 }
        record.readings = (0..<count).map { i in
            var reading = source[i % source.count]
            reading.time = start.adding(seconds: Int64(i * interval))
            if captured {
                for parameter in Self.laboratoryOnly { reading.values[parameter] = nil }
                reading.origin = Origin(.captured, device: "Terumo CDI 500")
            }
            return reading
        }
        return record
    }

    /// Writes `copies` files of the `readings`-reading record into `md-<name>/` and (unless `markdownOnly`)
    /// `xml-<name>/`; returns the two folders.
    @discardableResult
    func write(name: String, readings: Int, copies: Int, markdownOnly: Bool = false) throws -> (markdown: URL, xml: URL) {
        let record = record(readings: readings)
        let markdown = root.appendingPathComponent("md-\(name)"), xml = root.appendingPathComponent("xml-\(name)")
        try Self.writeCopies(LogWriter().write(record), into: markdown, ext: "md", name: name, copies: copies)
        if !markdownOnly {
            try Self.writeCopies(XMLRecordWriter().write(record), into: xml, ext: "xml", name: name, copies: copies)
        }
        return (markdown, xml)
    }

    private static func writeCopies(_ text: String, into folder: URL, ext: String, name: String, copies: Int) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let parts = text.components(separatedBy: placeholder)
        for n in 1...copies {
            let id = "BENCH-\(name)-\(String(n + 100_000).dropFirst())"
            let data = Data(parts.joined(separator: id).utf8)
            try data.write(to: folder.appendingPathComponent("\(id).\(ext)"))
        }
    }
}

/// A benchmark set-up failure (missing example, tool or binary).
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
