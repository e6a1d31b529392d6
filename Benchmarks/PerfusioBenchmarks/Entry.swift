// Perfusio benchmarks: one subcommand per measurement, each run in its own process so that its peak memory is its own.
// `swift run -c release PerfusioBenchmarks <name> ...`; the scripts beside this folder run them and print the figures.
// With no name (or only options), the throughput suite of README's "Benchmarks": `.build/release/PerfusioBenchmarks`.
import Foundation
import Perfusio

@main
enum Benchmarks {
    static func main() async {
        AllocatorTuning.apply()  // as `perfusio` does, so the stages measure what the command runs
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first?.hasPrefix("--") ?? true {
            await ThroughputCommand.run(arguments)
            return
        }
        switch arguments.first {
        case "capture-generate", "capture-import", "capture-csv-baseline":
            CaptureImportBenchmark.run(arguments)
        case "registry-generate", "registry-submit":
            await RegistryBenchmark.run(arguments)
        default:
            print("usage: PerfusioBenchmarks [--records N] [--batch N] [--quick] [--keep] [--generate DIR]"
                  + " | capture-generate FILE [HOURS] | capture-import FILE RECORD.md | capture-csv-baseline FILE"
                  + " | registry-generate COUNT DIR [SEED] | registry-submit DIR OUT")
            exit(2)
        }
    }
}
