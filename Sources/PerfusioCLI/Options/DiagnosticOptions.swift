import ArgumentParser
import Perfusio

/// How a checking command prints its diagnostics.
struct DiagnosticOptions: ParsableArguments {
    @Option(help: "How to print diagnostics: text (file:line:column: …), json (versioned) or sarif (2.1.0).")
    var format: DiagnosticFormat = .text
}
