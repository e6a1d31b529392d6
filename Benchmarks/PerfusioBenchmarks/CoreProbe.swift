import Foundation

/// The machine's own parallel headroom at the moment of the run: the same pure computation (no allocation, no
/// Perfusio code) on every core (`DispatchQueue.concurrentPerform`), run once pinned to one core and once free.
/// On a shared machine the ratio is what any program could gain from a second core just then; Perfusio's own
/// scaling is judged against it. `PerfusioBenchmarks --probe-cores` runs it.
enum CoreProbe {
    static func run() {
        let sums = Sums()
        DispatchQueue.concurrentPerform(iterations: 32) { i in sums.add(spin(i)) }
        print(32, 0, 0, 0)
    }

    private static func spin(_ seed: Int) -> UInt64 {
        var x = UInt64(truncatingIfNeeded: seed) | 1
        for _ in 0..<20_000_000 { x ^= x << 13; x ^= x >> 7; x ^= x << 17 }
        return x
    }

    /// Keeps the results alive so the loop is not optimised away.
    private final class Sums: @unchecked Sendable {
        private let lock = NSLock()
        private var total: UInt64 = 0
        func add(_ x: UInt64) { lock.lock(); total &+= x; lock.unlock() }
    }
}
