import ArgumentParser
import Foundation
import Perfusio

/// The records a command reads: paths of files and folders, and optionally a file list.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Record files (.md, .markdown, .xml) or folders to search recursively.",
                                 valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("files-from"),
            help: ArgumentHelp("Read more paths from a file, one per line ('-' reads standard input).",
                               valueName: "file"))
    var filesFrom: String?

    @Option(name: .customLong("max-size"),
            help: ArgumentHelp("Refuse input files larger than this many bytes.", valueName: "bytes"))
    var maximumBytes: Int = RecordLoader.defaultMaximumBytes

    func validate() throws {
        if paths.isEmpty && filesFrom == nil { throw ValidationError("Give at least one path, or --files-from.") }
        if maximumBytes < 1 { throw ValidationError("--max-size must be at least 1 byte.") }
    }

    /// True when the command line may name more than one record (several paths, a file list or a folder).
    var mayNameSeveral: Bool { paths.count > 1 || filesFrom != nil }

    /// The input files, in order: the paths first, then the file list's.
    func collect() throws -> [InputFile] {
        InputCollector().collect(paths + (try listedPaths()))
    }

    private func listedPaths() throws -> [String] {
        guard let filesFrom else { return [] }
        let data: Data?
        if filesFrom == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: filesFrom)
        }
        guard let data, let text = String(data: data, encoding: .utf8) else {
            throw UsageError("cannot read the file list \(filesFrom)")
        }
        return InputCollector.paths(inFileList: text)
    }
}
