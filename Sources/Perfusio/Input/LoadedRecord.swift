import Foundation
import PerfusioCore

/// One input after loading: where it came from, the format it was read as, and what the reader returned.
public struct LoadedRecord: Sendable {
    /// The file's location.
    public var url: URL
    /// The path as the user named it; diagnostics carry it as their file.
    public var displayPath: String
    /// The input this was loaded from.
    public var input: InputFile
    /// The format it was read as; nil when it could not be told or the file could not be read.
    public var format: RecordFormat?
    /// The record and every diagnostic about it, including file-level ones (`input.unreadable`).
    public var result: ReadResult

    public init(input: InputFile, format: RecordFormat?, result: ReadResult) {
        self.url = input.url
        self.displayPath = input.displayPath
        self.input = input
        self.format = format
        self.result = result
    }

    /// The record, when the reader produced one.
    public var record: PerfusionCase? { result.record }
    /// Every diagnostic about this input.
    public var diagnostics: [Diagnostic] { result.diagnostics }
}
