// libFuzzer target for the XML reader (PERFUSIO_FUZZ=1 builds only; see Tests/Fuzz/README.md).
import CFuzzDriver
import Foundation
import PerfusioCore
import PerfusioXML

/// The shipped schema, compiled once; found from this file's place in the checkout.
enum FuzzSchema {
    static let validator: SchemaValidator = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try! SchemaValidator(path: root.appendingPathComponent("schemas/perfusion-case.xsd").path)
    }()
}

/// One fuzz input: read it as an XML record; a record read is written back and read again.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let reader = XMLRecordReader(schema: FuzzSchema.validator)
    let result = reader.read(bytes, from: "fuzz.xml")
    guard let record = result.record else { return 0 }
    _ = CaseFigures(record: record)
    let written = XMLRecordWriter().write(record)
    _ = reader.read(Array(written.utf8), from: "fuzz-written.xml")
    return 0
}

_ = FuzzSchema.validator
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOne($0, $1) })
