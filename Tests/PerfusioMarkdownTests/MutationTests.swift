import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioMarkdown

/// Deterministic mutations of the examples: the reader must never crash, every diagnostic must carry a location
/// inside the file, and whatever it reads must survive a write and a second read.
@Suite struct MutationTests {
    /// A small deterministic generator (64-bit LCG), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let alphabet: [Character] = Array("|-:[]()#`*>!~_ \n\t0123456789.,°µ²aAxX/%-\\\"'&")

    @Test(arguments: Fixtures.goodExamples + ["broken-timeline.md", "broken-front-matter.md"])
    func mutatedLogsNeverCrash(name: String) throws {
        let original = Array(try String(contentsOf: Fixtures.example(name), encoding: .utf8))
        var random = Generator(state: UInt64(name.utf8.count) * 7919)
        for _ in 0..<40 {
            var text = original
            for _ in 0..<(1 + random.next(6)) {
                let i = random.next(text.count)
                switch random.next(3) {
                case 0: text.insert(Self.alphabet[random.next(Self.alphabet.count)], at: i)
                case 1: text.remove(at: i)
                default: text[i] = Self.alphabet[random.next(Self.alphabet.count)]
                }
            }
            let string = String(text)
            let lines = string.split(separator: "\n", omittingEmptySubsequences: false).count
            let result = readLog(string)
            for d in result.diagnostics {
                let line = d.location?.line ?? 1
                #expect(line >= 1 && line <= lines, "\(d.id) at line \(line) of \(lines)")
            }
            if let record = result.record {
                let again = readLog(LogWriter().write(record))
                #expect(again.record != nil)
            }
        }
    }
}
