import Perfusio
import Synchronization

/// A batch's flushing thread for the files it writes (``SerialWriterThread``), and the count of files put in place.
///
/// Each output is staged (written to its temporary file) in order on the delivering task; its flush and rename run
/// here while the workers go on. A flush or rename that fails is printed and counted.
final class OutputFlusher: Sendable {
    private let thread = SerialWriterThread()
    private let counts = Mutex((written: 0, failed: 0))

    /// Queues `staged`'s flush and rename after the files queued before it.
    func commit(_ staged: AtomicFileWriter.StagedFile) async {
        await thread.enqueue {
            do {
                try staged.commit()
                self.counts.withLock { $0.written += 1 }
            } catch {
                Console.error("error: \(error)")
                self.counts.withLock { $0.failed += 1 }
            }
        }
    }

    /// Waits for every queued file; how many were put in place and how many could not be.
    func finish() async -> (written: Int, failed: Int) {
        await thread.finish()
        return counts.withLock { ($0.written, $0.failed) }
    }
}
