import ArgumentParser
import Perfusio

/// `--format text|json|sarif`.
extension DiagnosticFormat: ExpressibleByArgument {}

/// `--to xml|markdown`.
extension RecordFormat: ExpressibleByArgument {}
