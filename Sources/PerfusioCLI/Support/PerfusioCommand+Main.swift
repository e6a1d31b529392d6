import ArgumentParser
import Foundation
import Perfusio

extension PerfusioCommand {
    /// Parses and runs a command, mapping every way out to a documented `ExitStatus` (`docs/cli.md`):
    /// argument-parser's usage status 64 becomes 2, an unwritable output 3, an unexplained error 4.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let status = report(error)
            Foundation.exit(status.rawValue)
        }
    }

    /// Prints what `error` says to the right stream and returns the status to exit with.
    static func report(_ error: any Error) -> ExitStatus {
        switch error {
        case let code as ExitCode:
            return ExitStatus(rawValue: code.rawValue) ?? .internalError
        case let output as OutputError:
            Console.error("error: \(output)")
            return .outputFailed
        case let resource as ResourceError:
            Console.error("error: \(resource)")
            return .usage
        case let usage as UsageError:
            Console.error("error: \(usage)")
            return .usage
        default:
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Console.output(message + "\n")
                return .success
            }
            if code == .validationFailure {
                Console.error(message)
                return .usage
            }
            Console.error("internal error: \(message)")
            return .internalError
        }
    }
}
