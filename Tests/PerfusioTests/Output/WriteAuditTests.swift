import Foundation
import PerfusioTestSupport
import Testing

/// Every file Perfusio writes goes through `AtomicFileWriter` (a temporary file in the target folder renamed into
/// place) or the ledger's SQLite transactions: no other source file may create, copy, move or delete files.
@Suite struct WriteAuditTests {
    /// Calls that create, replace or remove files.
    static let fileWrites = [".write(to:", "createFile(", "forWritingAtPath", "forWritingTo", "forUpdating", "fopen(",
                             "write(toFile", "O_CREAT", ".moveItem", ".copyItem", "replaceItemAt", ".removeItem", "rename("]

    /// The one place allowed to use them.
    static let allowed = "Sources/Perfusio/Output/AtomicFileWriter.swift"

    @Test func onlyTheAtomicWriterWritesFiles() throws {
        let sources = Fixtures.packageRoot.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var found: [String] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let path = String(url.path.dropFirst(Fixtures.packageRoot.path.count + 1))
            guard path != Self.allowed else { continue }
            for (number, line) in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for call in Self.fileWrites where line.contains(call) { found.append("\(path):\(number + 1): \(call)") }
            }
        }
        #expect(found == [])
    }

    @Test func theAuditSeesTheWriterItself() throws {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(Self.allowed), encoding: .utf8)
        #expect(Self.fileWrites.filter { text.contains($0) } == ["O_CREAT", "rename("])
    }
}
