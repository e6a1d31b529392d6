import Synchronization

/// How many outputs the flushing thread put in place, and how many it could not.
final class WriteTally: Sendable {
    private let state = Mutex((written: 0, failed: 0))

    func wrote() { state.withLock { $0.written += 1 } }
    func failed() { state.withLock { $0.failed += 1 } }
    var counts: (written: Int, failed: Int) { state.withLock { ($0.written, $0.failed) } }
}
