import ArgumentParser

/// Where a command writes its output files.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Output file (one input) or folder (several inputs, or a path ending in '/'); standard output when left out for one input.",
                               valueName: "path"))
    var output: String?
}
