// libFuzzer target for the Markdown reader (PERFUSIO_FUZZ=1 builds only; see Tests/Fuzz/README.md).
import CFuzzDriver
import Foundation
import PerfusioCore
import PerfusioMarkdown

/// One fuzz input: read it as a log; a record read is written back, read again, and its figures derived.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let result = LogReader().read(bytes, from: "fuzz.md")
    guard let record = result.record else { return 0 }
    _ = CaseFigures(record: record)
    _ = RecordConsistency.check(record)
    let written = LogWriter().write(record)
    _ = LogReader().read(Array(written.utf8), from: "fuzz-written.md")
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOne($0, $1) })
