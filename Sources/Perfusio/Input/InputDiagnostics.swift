import PerfusioCore

/// The diagnostics about inputs and outputs as files: missing, unreadable, too large, of no known format.
///
/// These belong to the file, not to its content; readers add their own ids for what is inside.
public enum InputDiagnostics {
    /// A path named on the command line or in a file list does not exist.
    public static let missing = DiagnosticCode("input.missing", .error, "The path does not exist.")
    /// The file exists but could not be read (permissions, a folder where a file was expected, an I/O error).
    public static let unreadable = DiagnosticCode("input.unreadable", .error, "The file could not be read.")
    /// The file is larger than the loader's size cap.
    public static let tooLarge = DiagnosticCode("input.too-large", .error, "The file is larger than the size cap.")
    /// Neither the file's extension nor its first bytes say which format it is in.
    public static let unknownFormat = DiagnosticCode("input.format.unknown", .error,
                                                     "The file's format could not be told from its name or content.")
    /// The format is known but this build has no reader for it.
    public static let noReader = DiagnosticCode("input.format.unsupported", .error,
                                                "No reader for this format is available.")
    /// A folder holds no file with a record extension.
    public static let emptyFolder = DiagnosticCode("input.folder.empty", .warning,
                                                   "The folder holds no record: no .md or .markdown file opening with front matter, no .xml file.")
    /// A record was not converted because it has errors.
    public static let notConverted = DiagnosticCode("convert.skipped", .error,
                                                    "The record has errors and was not converted.")

    /// Every code, for `docs/diagnostics.md` and SARIF rule descriptions.
    public static let all: [DiagnosticCode] = [missing, unreadable, tooLarge, unknownFormat, noReader, emptyFolder,
                                               notConverted]
}
