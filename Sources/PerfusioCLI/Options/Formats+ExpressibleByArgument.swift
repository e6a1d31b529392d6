import ArgumentParser
import Perfusio
import PerfusioCore

/// `--format text|json|sarif`.
extension DiagnosticFormat: ExpressibleByArgument {}

/// `--to xml|markdown`.
extension RecordFormat: ExpressibleByArgument {}

/// `--kind cpb|ecmo|…`.
extension CaseKind: ExpressibleByArgument {}
