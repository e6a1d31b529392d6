// libFuzzer target for the front-matter parser (PERFUSIO_FUZZ=1 builds only; see Tests/Fuzz/README.md).
import CFuzzDriver
import Foundation
import PerfusioMarkdown
import PerfusioYAML

/// One fuzz input: compose it as YAML, then read it as a log's front matter (header, team, patient, circuit).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    _ = SafeYAML.compose(text, file: "fuzz.yaml")
    _ = LogReader().read(Array(("---\n" + text + "\n---\n").utf8), from: "fuzz.md")
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOne($0, $1) })
