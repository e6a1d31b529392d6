import Foundation
import PerfusioCore
import PerfusioRegistries

/// What `perfusio submit` was asked to do.
public struct SubmissionRequest: Sendable {
    public var profile: RegistryProfile
    public var inputs: [InputFile]
    /// The folder the submission, its JSON and the data-quality report are written to.
    public var outputFolder: URL
    /// The ledger; `<output>/ledger.sqlite` when nil.
    public var ledgerFile: URL?
    public var mode: DeidentificationMode
    /// A site key for keyed-hash pseudonyms; nil for random surrogates kept in the ledger.
    public var siteKey: [UInt8]?
    public var since: CaseDate?
    public var until: CaseDate?
    /// Write only the report: no submission file, no ledger change.
    public var isDryRun: Bool
    /// The time of the run (injected for tests).
    public var now: Date

    public init(profile: RegistryProfile, inputs: [InputFile], outputFolder: URL, ledgerFile: URL? = nil,
                mode: DeidentificationMode = .deidentified, siteKey: [UInt8]? = nil, since: CaseDate? = nil,
                until: CaseDate? = nil, isDryRun: Bool = false, now: Date = Date()) {
        self.profile = profile
        self.inputs = inputs
        self.outputFolder = outputFolder
        self.ledgerFile = ledgerFile
        self.mode = mode
        self.siteKey = siteKey
        self.since = since
        self.until = until
        self.isDryRun = isDryRun
        self.now = now
    }

    /// The ledger's location.
    public var ledgerURL: URL { ledgerFile ?? outputFolder.appendingPathComponent("ledger.sqlite") }

    /// A batch id: the run's UTC time to the second and four random hexadecimal digits (`20260601T101500Z-3fa2`),
    /// so two runs in the same second differ.
    public func makeBatchID() -> String {
        "\(compactTime)-\(String(UInt16.random(in: 0x1000...0xFFFF), radix: 16))"
    }

    private var compactTime: String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: now)
    }

    /// The run's time in ISO 8601 UTC.
    public var timestamp: String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: now)
    }

    /// The output file `<profile>-<suffix>` in the output folder.
    public func file(_ suffix: String) -> URL { outputFolder.appendingPathComponent("\(profile.id)-\(suffix)") }
}
