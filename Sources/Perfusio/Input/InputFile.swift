import Foundation
import PerfusioCore

/// One input of a batch: a file named on the command line, listed in a file list, or found in a folder.
public struct InputFile: Hashable, Sendable {
    /// The absolute, standardised location.
    public var url: URL
    /// The path as the user would name it (`samples/adult-cpb.md`); diagnostics use it as the file name.
    public var displayPath: String
    /// The path below the folder argument it was found in (`adult/cabg.md`), or the file name when named directly.
    /// `convert -o DIR` mirrors it so two `cabg.md` in different folders do not collide.
    public var relativePath: String
    /// A problem found while collecting (a missing path, an empty folder); the loader reports it instead of reading.
    public var problem: Diagnostic?

    public init(url: URL, displayPath: String, relativePath: String, problem: Diagnostic? = nil) {
        self.url = url
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.problem = problem
    }

    /// False for the notice about an empty folder, which names no record.
    public var isRecord: Bool { problem?.id != InputDiagnostics.emptyFolder.id }
}
