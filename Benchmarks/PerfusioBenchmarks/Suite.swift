import Foundation
import Perfusio

/// The whole benchmark: machine, corpus, baselines, Perfusio's stages, cores, batch memory, the longest record,
/// and the issue's targets, printed as one report. Every run is a child process (its own peak memory).
struct Suite {
    struct Options {
        /// 40-reading logs in the main corpus (a quarter as many 150-reading logs).
        var records = 1_000
        /// The large batch of the memory comparison (against 100).
        var largeBatch = 10_000
        var keepsCorpus = false
        /// Where the corpus goes; a fresh temporary folder when nil.
        var corpusFolder: URL?
    }

    let options: Options
    let executable: URL
    let perfusio: String
    let checkout: URL
    let root: URL

    init(options: Options) throws {
        self.options = options
        executable = Bundle.main.executableURL!.resolvingSymlinksInPath()
        perfusio = executable.deletingLastPathComponent().appendingPathComponent("perfusio").path
        guard FileManager.default.isExecutableFile(atPath: perfusio) else {
            throw BenchmarkError("no perfusio binary beside the benchmark (\(perfusio)): run `swift build -c release` first")
        }
        checkout = try ResourceLocator().locate(.schemas).deletingLastPathComponent()
        root = options.corpusFolder ?? URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("perfusio-bench-\(getpid())")
    }

    /// Writes the corpus and returns its folders: the 40- and 150-reading sets, the 28,800-reading record, and
    /// the two memory batches (100 and `largeBatch` Markdown logs).
    func generate() throws -> (small: (markdown: URL, xml: URL), medium: (markdown: URL, xml: URL), long: (markdown: URL, xml: URL),
                               batch100: URL, batchLarge: URL) {
        let generator = try CorpusGenerator(checkout: checkout, root: root)
        return (try generator.write(name: "40", readings: 40, copies: options.records),
                try generator.write(name: "150", readings: 150, copies: max(4, options.records / 4)),
                try generator.write(name: "28800", readings: 28_800, copies: 1),
                try generator.write(name: "b100", readings: 40, copies: 100, markdownOnly: true).markdown,
                try generator.write(name: "b\(options.largeBatch)", readings: 40, copies: options.largeBatch, markdownOnly: true).markdown)
    }

    func run() throws {
        say("Perfusio benchmark, \(Date())")
        MachineInfo.lines().forEach { say($0) }
        defer { if !options.keepsCorpus { try? FileManager.default.removeItem(at: root) } else { say("corpus kept in \(root.path)") } }
        let start = Clock.now()
        let (small, medium, long, batch100, batchLarge) = try generate()
        say("corpus:  generated in \(ResultRow.fixed(Clock.now() - start, 1)) s under \(root.path)\n")

        var summary = Targets()
        for (label, corpus) in [("40 readings", small), ("150 readings", medium)] {
            say("== \(label): \(try count(corpus.markdown)) Markdown logs, the same records as XML ==")
            say(ResultRow.header)
            try stageRows(corpus)
            say("")
        }
        say("== the targets: each command and its baseline run in turn, three times; the fastest run of each ==")
        say(ResultRow.header)
        let validate = try TargetRuns.alternate({ try xmllint(small.xml) }, {
            try cli("perfusio validate (XML, end to end)", [perfusio, "validate"], corpus: small.xml)
        })
        let report = try TargetRuns.alternate({ try stage(.cmark, small.markdown) }, {
            try cli("perfusio report (Markdown, end to end)", [perfusio, "report"], corpus: small.markdown)
        })
        (validate.lines + report.lines).forEach { say($0) }
        summary.main = ["xmllint": validate.baseline, "cli-validate": validate.measured, "cmark": report.baseline,
                        "cli-report": report.measured]
        say("\n== cores: perfusio report over the 40-reading logs, and a pure-compute control ==")
        let probeOne = try probe(pinned: true), probeAll = try probe(pinned: false)
        say(probeOne.line()); say(probeAll.line(against: probeOne))
        let cores = try TargetRuns.alternate({
            try cli("perfusio report, 1 core (taskset -c 0)", ["taskset", "-c", "0", perfusio, "report"], corpus: small.markdown)
        }, { try cli("perfusio report, all cores", [perfusio, "report"], corpus: small.markdown) })
        cores.lines.forEach { say($0) }
        summary.coreScaling = cores.measured.ratio(to: cores.baseline)
        summary.machineCoreScaling = probeAll.ratio(to: probeOne)
        say("\n== batch memory: 40-reading logs ==")
        let memory = try [batch100, batchLarge].flatMap { folder in
            [try cli("perfusio validate", [perfusio, "validate"], corpus: folder),
             try cli("perfusio report", [perfusio, "report"], corpus: folder)]
        }
        memory.forEach { say($0.line()) }
        summary.memoryGrowth = Double(memory[3].maxResidentKiB) / Double(max(1, memory[1].maxResidentKiB))
        say("report peak memory, \(options.largeBatch) records over 100: \(ResultRow.fixed(summary.memoryGrowth, 2))×")
        say("\n== one 28,800-reading capture (8 h at 1 reading/s) ==")
        say(ResultRow.header)
        let longRows = try [
            xmllint(long.xml), try stage(.cmark, long.markdown),
            try stage(.read, long.markdown), try stage(.validate, long.xml), try stage(.derive, long.markdown),
            try stage(.render, long.markdown),
            try cli("perfusio report (Markdown, end to end)", [perfusio, "report"], corpus: long.markdown),
            try cli("perfusio report (XML, end to end)", [perfusio, "report"], corpus: long.xml),
        ]
        for row in longRows { say(row.line(against: row.name.contains("XML") || row.name.contains("xml") ? longRows[0] : longRows[1])) }
        let (long3, longLine) = try TargetRuns.repeated({
            try cli("perfusio report (Markdown), best of 3", [perfusio, "report"], corpus: long.markdown)
        }, against: longRows[1])
        say(longLine)
        summary.longRecordSeconds = long3.seconds
        say("\nload at the end: \(MachineInfo.load())\n")
        summary.lines().forEach { say($0) }
    }

    /// Baselines and every stage over one corpus, each run once and printed against its baseline as it finishes.
    private func stageRows(_ corpus: (markdown: URL, xml: URL)) throws {
        let xmlBase = try xmllint(corpus.xml), mdBase = try stage(.cmark, corpus.markdown)
        say(xmlBase.line()); say(mdBase.line())
        let plan: [(() throws -> ResultRow, ResultRow)] = [
            ({ try stage(.read, corpus.markdown) }, mdBase),
            ({ try stage(.validate, corpus.xml) }, xmlBase),
            ({ try stage(.validate, corpus.markdown) }, mdBase),
            ({ try stage(.derive, corpus.markdown) }, mdBase),
            ({ try stage(.render, corpus.markdown) }, mdBase),
            ({ try stage(.pipeline, corpus.markdown) }, mdBase),
            ({ try cli("perfusio validate (XML, end to end)", [perfusio, "validate"], corpus: corpus.xml) }, xmlBase),
            ({ try cli("perfusio report (Markdown, end to end)", [perfusio, "report"], corpus: corpus.markdown) }, mdBase),
            ({ try cli("perfusio check (Markdown, end to end)", [perfusio, "check"], corpus: corpus.markdown) }, mdBase),
            ({ try cli("perfusio submit --registry sts-acsd (Markdown)", [perfusio, "submit", "--registry", "sts-acsd"],
                                     corpus: corpus.markdown) }, mdBase),
        ]
        for (measure, baseline) in plan { say(try measure().line(against: baseline)) }
    }

    /// `xmllint --noout --schema` over every file of `folder`, in one process.
    private func xmllint(_ folder: URL) throws -> ResultRow {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
        let xsd = checkout.appendingPathComponent("schemas/perfusion-case.xsd").path
        let outcome = try ChildProcess.run(["xmllint", "--noout", "--schema", xsd] + files)
        guard outcome.status == 0 else { throw BenchmarkError("xmllint refused the corpus (status \(outcome.status))") }
        return ResultRow(name: "xmllint --noout --schema", records: files.count, bytes: bytes(folder),
                         seconds: outcome.seconds,
                         cpuSeconds: outcome.cpuSeconds, maxResidentKiB: outcome.maxResidentKiB)
    }

    /// One stage in a child process (`--stage`); its own timing, the child's peak memory.
    private func stage(_ stage: StageRunner.Stage, _ folder: URL) throws -> ResultRow {
        let out = root.appendingPathComponent("out-\(stage.rawValue)-\(folder.lastPathComponent)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let outcome = try ChildProcess.run([executable.path, "--stage", stage.rawValue, folder.path, out.path], keepErrors: true)
        let fields = outcome.output.split(whereSeparator: \.isWhitespace)
        guard outcome.status == 0, fields.count == 4, let records = Int(fields[0]), let size = Int(fields[1]),
              let seconds = Double(fields[2]), let cpu = Double(fields[3]) else {
            throw BenchmarkError("stage \(stage.rawValue) failed (status \(outcome.status)): \(outcome.output)")
        }
        let names: [StageRunner.Stage: String] = [
            .cmark: "cmark-gfm in-process (table, tasklist)", .read: "read (RecordLoader.load)",
            .validate: "validate (read, XSD, consistency)", .derive: "derive + check (figures, rule packs)",
            .render: "render report HTML (chart, template)", .pipeline: "library files→HTML reports, all cores",
        ]
        let format = folder.lastPathComponent.hasPrefix("xml") ? " xml" : " md"
        return ResultRow(name: names[stage]! + format, records: records, bytes: size, seconds: seconds, cpuSeconds: cpu,
                         maxResidentKiB: outcome.maxResidentKiB)
    }

    /// ``CoreProbe``: 32 pure-compute jobs, on one core or on all (wall time; the jobs are the records).
    private func probe(pinned: Bool) throws -> ResultRow {
        let command = (pinned ? ["taskset", "-c", "0"] : []) + [executable.path, "--probe-cores"]
        let outcome = try ChildProcess.run(command)
        guard outcome.status == 0 else { throw BenchmarkError("the core probe failed (status \(outcome.status))") }
        return ResultRow(name: "control: pure compute, \(pinned ? "1 core (taskset -c 0)" : "all cores")", records: 32, bytes: 0,
                         seconds: outcome.seconds, cpuSeconds: outcome.cpuSeconds, maxResidentKiB: outcome.maxResidentKiB)
    }

    /// The CLI binary end to end over `corpus` (reports go to a fresh folder).
    private func cli(_ name: String, _ command: [String], corpus: URL) throws -> ResultRow {
        var arguments = command + [corpus.path]
        if command.contains("report") || command.contains("submit") {
            let out = root.appendingPathComponent("out-cli-\(UInt32.random(in: 0...UInt32.max))")
            arguments += ["-o", out.path]
        }
        let outcome = try ChildProcess.run(arguments)
        guard outcome.status == 0 else { throw BenchmarkError("\(arguments.joined(separator: " ")) exited \(outcome.status)") }
        return ResultRow(name: name, records: try count(corpus), bytes: bytes(corpus), seconds: outcome.seconds,
                         cpuSeconds: outcome.cpuSeconds, maxResidentKiB: outcome.maxResidentKiB)
    }

    private func count(_ folder: URL) throws -> Int { try FileManager.default.contentsOfDirectory(atPath: folder.path).count }

    private func bytes(_ folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.reduce(0) { total, name in
            let size = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size]
            return total + ((size as? NSNumber)?.intValue ?? 0)
        }
    }
}

/// Writes `line` to standard output at once (unbuffered, so a run piped into a file shows each stage as it ends).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
