import Foundation

/// Generates synthetic CPB pump logs (Markdown with YAML front matter, as `Tests/Fixtures/examples` are written)
/// with fictional identifiers, deliberately leaving some fields out. Deterministic for a seed.
///
/// Used by the registry tests (500 records) and by `swift run PerfusioGenerator COUNT DIR` for benchmarks.
///
/// ```swift
/// let logs = SyntheticLogs(seed: 7).generate(count: 500)
/// ```
public struct SyntheticLogs: Sendable {
    public var seed: UInt64
    /// The chance (0–1) that a log leaves out each ``SyntheticLog/Omission``.
    public var omissionRate: Double

    public init(seed: UInt64 = 2026, omissionRate: Double = 0.08) {
        self.seed = seed
        self.omissionRate = omissionRate
    }

    /// Fictional given and family names, chosen to appear in no clinical vocabulary.
    static let givenNames = ["Aldous", "Brisa", "Corwin", "Delphine", "Evander", "Fenella", "Gideon", "Honora", "Isidore",
                             "Jessamy", "Lazlo", "Marisol", "Nestor", "Ottilie", "Percival", "Rosamund", "Tobiah", "Wilhelmina"]
    static let familyNames = ["Quillfeather", "Marrowbank", "Thistlecombe", "Ashgrove", "Penhallow", "Brackenridge",
                              "Wetherspoon", "Tallowmere", "Fairweatherly", "Ravensholt", "Oakhanger", "Stormcaller"]

    /// `count` logs, numbered from 1, each with a unique case id, record number and name.
    public func generate(count: Int) -> [SyntheticLog] {
        var random = SeededGenerator(seed: seed)
        return (1...max(count, 1)).prefix(count).map { makeLog(index: $0, random: &random) }
    }

    func makeLog(index: Int, random: inout SeededGenerator) -> SyntheticLog {
        var omitted = Set<SyntheticLog.Omission>()
        for omission in SyntheticLog.Omission.allCases where Double.random(in: 0..<1, using: &random) < omissionRate {
            omitted.insert(omission)
        }
        let month = Int.random(in: 1...12, using: &random), day = Int.random(in: 1...28, using: &random)
        let date = "2026-\(SyntheticCase.pad(month, 2))-\(SyntheticCase.pad(day, 2))"
        let age = Int.random(in: 35...94, using: &random)
        let dob = "\(2026 - age - 1)-\(SyntheticCase.pad(Int.random(in: 1...12, using: &random), 2))-"
            + SyntheticCase.pad(Int.random(in: 1...28, using: &random), 2)
        let given = Self.givenNames[index % Self.givenNames.count]
        let family = Self.familyNames[(index / Self.givenNames.count) % Self.familyNames.count] + Self.suffix(index)
        let plan = SyntheticCase(index: index, random: &random)
        let caseID = "SYN-2026-" + SyntheticCase.pad(index, 4)
        let text = SyntheticLogText(plan: plan, omitted: omitted).render(
            caseID: caseID, date: date,
            patient: (name: "\(given) \(family)", mrn: "7" + SyntheticCase.pad(1_000_003 * index % 10_000_000, 7), dob: dob))
        return SyntheticLog(fileName: "case-\(SyntheticCase.pad(index, 4)).md", text: text.text,
                            caseID: caseID, patientName: "\(given) \(family)",
                            recordNumber: text.mrn, dateOfBirth: dob, date: date, omitted: omitted)
    }

    /// A letter suffix that makes every family name unique (`Quillfeatherab`).
    static func suffix(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return String(letters[index % 26]) + String(letters[(index / 26) % 26])
    }

    /// Writes `count` logs into `folder` (created when missing); returns them.
    @discardableResult
    public func write(count: Int, to folder: URL) throws -> [SyntheticLog] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let logs = generate(count: count)
        for log in logs {
            try Data(log.text.utf8).write(to: folder.appendingPathComponent(log.fileName))
        }
        return logs
    }
}
