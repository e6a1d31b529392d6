import ArgumentParser
import Perfusio

extension ExitStatus {
    /// Ends a command's `run()`: returns for success, throws the matching `ExitCode` otherwise.
    func finish() throws {
        if self != .success { throw ExitCode(rawValue) }
    }
}
