import CSV
import Foundation
import Perfusio
import PerfusioCaptures
import PerfusioCore
#if canImport(Glibc)
import Glibc
#endif

/// An eight-hour 1 Hz CDI capture imported and merged into a typed record, beside reading the same file with the CSV
/// library alone (tab-separated rows, no interpretation). Prints wall time per phase and the process's peak RSS.
enum CaptureImportBenchmark {
    static func run(_ arguments: [String]) {
        switch (arguments.first, arguments.count) {
        case ("capture-generate", 2...3): generate(to: arguments[1], hours: arguments.count == 3 ? Int(arguments[2]) ?? 8 : 8)
        case ("capture-import", 3): importCapture(arguments[1], into: arguments[2])
        case ("capture-csv-baseline", 2): baseline(arguments[1])
        default: print("bad arguments: \(arguments)"); exit(2)
        }
    }

    /// A CDI line log with a logger prefix, one sample a second, a header block every 50 samples, a store event every
    /// 30 minutes and a recalibration after each; values wander like a real trace. Deterministic.
    static func generate(to path: String, hours: Int) {
        var out = "\r\n"
        var state: UInt64 = 2026027
        func noise() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 33) / Double(1 << 31) - 0.5
        }
        var (ph, pco2, po2, temp, k) = (7.40, 40.0, 250.0, 36.0, 4.5)
        let start = 16 * 3600
        for i in 0..<(hours * 3600) {
            let logger = start + i, monitor = logger + 1186
            let stamp = "[2026-04-14 \(clock(logger)).\(String(format: "%03d", (i * 37) % 1000))] "
            if i % 50 == 0 {
                out += stamp + "         \t    \tARTERIAL \t \t  \t    \t    \t    \t    \t    \t    \t    \t  \t    VENOUS\r\n"
                out += stamp + "  Time   \t pH \t CO2\t  O2\tTEMP\tHCO3\t BE \tcSO2\t K+ \t VO2\t  Q \t BSA\t pH \t CO2\t  O2\tTEMP\t SO2\t HCT\t HGB\r\n"
                out += stamp + "\r\n"
            }
            let recalibrated = i % 1800 == 60 && i > 60
            if recalibrated { out += stamp + "Recalibration Adjustment\r\n" }
            let flag = i % 1800 == 0 && i > 0 ? "S" : recalibrated ? "o" : " "
            ph += noise() * 0.004; pco2 += noise() * 0.6; po2 += noise() * 4; temp += noise() * 0.02; k += noise() * 0.02
            let fields = [String(format: "%.2f", ph), String(format: " %03.0f", pco2), String(format: " %3.0f", po2),
                          String(format: "%.1f", temp), " 24 ", "  0 ", "100%", String(format: " %.1f", k)]
                + Array(repeating: "    ", count: 10)
            out += stamp + flag + clock(monitor) + "\t" + fields.joined(separator: "\t") + "\r\n"
        }
        FileManager.default.createFile(atPath: path, contents: Data(out.utf8))
        print("wrote \(path): \(hours * 3600) samples, \(out.utf8.count) bytes")
    }

    static func clock(_ seconds: Int) -> String {
        let s = seconds % 86_400
        return String(format: "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
    }

    static func importCapture(_ path: String, into recordPath: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let schemas = root.appendingPathComponent("schemas")
        let table = FormatTable.standard(schemas: schemas)
        let clock = ContinuousClock()
        var marks: [(String, Duration)] = []
        var last = clock.now
        func mark(_ name: String) { let now = clock.now; marks.append((name, now - last)); last = now }
        let loaded = RecordLoader(formats: table).load(URL(fileURLWithPath: recordPath))
        mark("read record")
        let input = InputFile(url: URL(fileURLWithPath: path), displayPath: path, relativePath: path)
        let outcome = CaptureImport(schemas: schemas).run(record: loaded, captures: [input])
        mark("read capture, rules, merge")
        guard let record = outcome.record else { print(outcome.reports); exit(1) }
        let xml = table.writer(for: .xml)!.write(record)
        mark("write XML")
        let markdown = table.writer(for: .markdown)!.write(record)
        mark("write Markdown")
        let total = marks.reduce(Duration.zero) { $0 + $1.1 }
        for (name, d) in marks { print("\(name): \(ms(d)) ms") }
        print("samples \(outcome.summaries.first?.samples ?? 0), readings \(record.readings.count), XML \(xml.utf8.count) bytes, Markdown \(markdown.utf8.count) bytes")
        print("import total: \(ms(total)) ms wall, \(cpuMilliseconds()) ms CPU (whole process), peak RSS \(peakKilobytes()) KB")
    }

    static func baseline(_ path: String) {
        let clock = ContinuousClock()
        let start = clock.now
        let text = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        var rows = 0, fields = 0
        if let reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: "\t") {
            while let row = reader.next() { rows += 1; fields += row.count }
        }
        print("CSV library alone: \(rows) rows, \(fields) fields in \(ms(clock.now - start)) ms wall, \(cpuMilliseconds()) ms CPU, "
              + "peak RSS \(peakKilobytes()) KB")
    }

    static func ms(_ d: Duration) -> String {
        String(format: "%.1f", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
    }

    /// User plus system CPU time of the process so far: the figure that stays honest on a shared, loaded machine.
    static func cpuMilliseconds() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let t = usage.ru_utime, s = usage.ru_stime
        return (t.tv_sec + s.tv_sec) * 1000 + (t.tv_usec + s.tv_usec) / 1000
    }

    static func peakKilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss)
    }
}
