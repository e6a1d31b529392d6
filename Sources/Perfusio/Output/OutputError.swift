/// Why an output file was not written. The CLI exits with status 3 for it.
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The target is one of the batch's inputs: Perfusio never writes over an input.
    case wouldOverwriteInput(path: String)
    /// Two inputs would be written to the same output file.
    case duplicateOutput(path: String, firstInput: String)
    /// The target folder could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// Writing or renaming into place failed.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .wouldOverwriteInput(let path):
            "refusing to write \(path): it is an input of this batch"
        case .duplicateOutput(let path, let firstInput):
            "refusing to write \(path) twice: \(firstInput) is already written there"
        case .cannotCreateFolder(let path, let reason):
            "cannot create folder \(path): \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}
