import Foundation
import Testing
@testable import Perfusio

/// The two `mallopt` parameters ``AllocatorTuning`` writes by number are `<malloc.h>`'s (glibc takes an unknown
/// number silently, so only the header can tell).
@Suite struct AllocatorTuningTests {
    static let header = try? String(contentsOfFile: "/usr/include/malloc.h", encoding: .utf8)

    /// The value `<malloc.h>` defines for `name`.
    static func defined(_ name: String) -> Int32? {
        for line in (header ?? "").split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if let at = words.firstIndex(where: { $0 == name }), at > 0, words[at - 1].hasSuffix("define"), at + 1 < words.count {
                return Int32(words[at + 1])
            }
        }
        return nil
    }

    @Test(.enabled(if: header != nil, "no /usr/include/malloc.h"))
    func parametersAreTheHeaders() {
        #if canImport(Glibc)
        #expect(Self.defined("M_MXFAST") == AllocatorTuning.mallocMaxFast)
        #expect(Self.defined("M_TOP_PAD") == AllocatorTuning.mallocTopPad)
        #endif
    }
}
